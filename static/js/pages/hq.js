// /hq: the head office home, 总部管理. Later issues add catalog, materials and training here.
import HomeLayout from '../components/home-layout.js';

export default {
  name: 'HqHomePage',
  components: { HomeLayout },
  template: `<home-layout title="总部管理" />`,
};
