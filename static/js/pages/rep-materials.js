// /rep/materials: 营销素材, the rep's materials library on a page of its own (the toolbox
// mounts the same component in its 素材 tab): browse by kind, preview, share.
import MaterialShelf from '../components/material-shelf.js';
import SubPage from '../components/sub-page.js';

export default {
  name: 'RepMaterialsPage',
  components: { MaterialShelf, SubPage },
  template: `
    <sub-page back="/rep">
      <material-shelf class="page__body" />
    </sub-page>
  `,
};
