// 素材, the toolbox's first tab: the materials library (营销素材) a rep browses and shares.
// The materials pages replace this placeholder when they are merged; the toolbox page only
// mounts the component.
export default {
  name: 'ToolboxMaterials',
  template: `
    <van-empty image="default" description="素材库即将上线" class="toolbox-materials" />
  `,
};
