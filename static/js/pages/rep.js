// /rep: the rep's home, 我的工作台. Later issues add the shop, shares and today's list here.
import HomeLayout from '../components/home-layout.js';

export default {
  name: 'RepHomePage',
  components: { HomeLayout },
  template: `<home-layout title="我的工作台" />`,
};
