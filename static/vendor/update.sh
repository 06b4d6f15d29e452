#!/usr/bin/env bash
# Re-vendor the front-end libraries from the npm registry at the pinned versions below.
#
#   bash static/vendor/update.sh          # rebuild static/vendor/ from npm
#   (cd static/vendor && sha256sum -c SHA256SUMS)   # check the vendored files are untouched
#
# To upgrade a library: change its version here, run the script, read the diff of
# VENDORED.md / SHA256SUMS and run the browser journey test (tests/web/test_journey.py).
# Installed PWAs pick up the new files by themselves (sw.js's version is a digest of static/).
#
# Needs only bash, node + npm, tar, sed and sha256sum. `npm pack` and `npm install` check
# each tarball against the registry's integrity hash.
set -euo pipefail

VUE=3.5.45
VUE_ROUTER=4.6.5
VANT=4.10.2
VANT_USE=1.6.0        # vant's dependency @vant/use
VANT_POPPERJS=1.3.0   # vant's dependency @vant/popperjs
POPPERJS_CORE=2.11.6  # bundled inside @vant/popperjs; fetched for its licence only
VUE_SHARED=3.5.45     # vant's dependency @vue/shared (keep equal to VUE)
ECHARTS=6.1.0
ZRENDER=6.1.0        # bundled inside echarts' dist; fetched for its licence only
REDOC=2.5.4          # the API docs page (/api/docs); not part of the PWA shell
ESBUILD=0.28.2       # bundles vant's customer subset below; a vendoring tool, never served

# The Vant components and functions of the customer pages (/s/...): the customer shell loads
# vant-shop/, a bundle of only these, instead of the whole of vant. tests/web/test_assets.py
# fails when a module a customer page loads uses a component or function missing here.
SHOP_COMPONENTS="action-bar action-bar-button action-bar-icon badge button cell cell-group
  count-down date-picker dialog empty field form icon loading nav-bar picker-group popup
  pull-refresh radio radio-group stepper submit-bar swipe swipe-item tab tabbar tabbar-item tabs
  tag time-picker toast"
SHOP_FUNCTIONS="showToast showFailToast showSuccessToast showConfirmDialog showDialog"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# fetch NAME VERSION -> unpacks the tarball into $work/NAME/package
fetch() {
  local name="$1" version="$2" dir="$work/$1"
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "$name@$version" >/dev/null)
  tar -xzf "$dir"/*.tgz -C "$dir"
}

# The ES builds of vant and @vue/shared are written for bundlers and read
# process.env.NODE_ENV; browsers have no `process`, so fix it to "production" here,
# as a bundler's define would.
define_production() {
  sed -i 's/process\.env\.NODE_ENV/"production"/g' "$1"
  if grep -q 'process\.env' "$1"; then
    echo "update.sh: $1 still reads process.env" >&2
    exit 1
  fi
}

for spec in "vue $VUE" "vue-router $VUE_ROUTER" "vant $VANT" "@vant/use $VANT_USE" \
            "@vant/popperjs $VANT_POPPERJS" "@vue/shared $VUE_SHARED" "echarts $ECHARTS" \
            "zrender $ZRENDER" "@popperjs/core $POPPERJS_CORE" "redoc $REDOC"; do
  # shellcheck disable=SC2086
  fetch $spec
done

for folder in vue vue-router vant vant-shop vant-use vant-popperjs vue-shared echarts redoc; do
  rm -rf "${here:?}/$folder"
  mkdir -p "$here/$folder"
done

p="$work/vue/package"
cp "$p/dist/vue.esm-browser.prod.js" "$p/LICENSE" "$here/vue/"

# The .prod build: the dev one also imports @vue/devtools-api.
p="$work/vue-router/package"
cp "$p/dist/vue-router.esm-browser.prod.js" "$p/LICENSE" "$here/vue-router/"

p="$work/vant/package"
cp "$p/lib/vant.es.js" "$p/lib/index.css" "$p/LICENSE" "$here/vant/"
define_production "$here/vant/vant.es.js"

# vant-shop/: esbuild bundles the customer subset from vant's per-component ES modules and
# their styles, with the parts of @vant/use and @vue/shared they use; only `vue` stays an
# import. Minified; `process.env.NODE_ENV` is defined as "production", as for vant.es.js.
build="$work/vant-shop-build"
mkdir -p "$build"
(cd "$build" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund \
   --no-package-lock "esbuild@$ESBUILD" "vant@$VANT" "@vant/use@$VANT_USE" \
   "@vant/popperjs@$VANT_POPPERJS" "@vue/shared@$VUE_SHARED" "vue@$VUE")
pascal() { sed -E 's/(^|-)([a-z])/\U\2/g' <<<"$1"; }
names=""
for component in $SHOP_COMPONENTS; do
  echo "import 'vant/es/$component/style/index.mjs';"
  names="$names$(pascal "$component"), "
done > "$build/vant-shop.mjs"
names="${names%, }"
{
  echo "import { $names } from 'vant';"
  echo "export { $names };"
  echo "export { ${SHOP_FUNCTIONS// /, } } from 'vant';"
  echo "export default { install(app) { [$names].forEach((component) => app.use(component)); } };"
} >> "$build/vant-shop.mjs"
banner="/*! vant $VANT (MIT; with parts of @vant/use $VANT_USE and @vue/shared $VUE_SHARED, MIT): the customer pages' subset, built by static/vendor/update.sh */"
"$build/node_modules/.bin/esbuild" "$build/vant-shop.mjs" --bundle --format=esm --minify \
  --external:vue --define:process.env.NODE_ENV='"production"' --charset=utf8 \
  --legal-comments=none --banner:js="$banner" --banner:css="$banner" \
  --log-level=warning --outdir="$here/vant-shop"
define_production "$here/vant-shop/vant-shop.js"
cp "$work/vant/package/LICENSE" "$here/vant-shop/"
cp "$work/@vue/shared/package/LICENSE" "$here/vant-shop/LICENSE-vue-shared"

p="$work/@vant/use/package"
cp "$p/dist/index.esm.mjs" "$here/vant-use/index.esm.js"
cp "$p/LICENSE" "$here/vant-use/"

p="$work/@vant/popperjs/package"
cp "$p/dist/index.esm.mjs" "$here/vant-popperjs/index.esm.js"
cp "$p/LICENSE" "$here/vant-popperjs/"
cp "$work/@popperjs/core/package/LICENSE.md" "$here/vant-popperjs/LICENSE-popperjs-core"

p="$work/@vue/shared/package"
cp "$p/dist/shared.esm-bundler.js" "$p/LICENSE" "$here/vue-shared/"
define_production "$here/vue-shared/shared.esm-bundler.js"

# echarts' dist bundles zrender (BSD-3-Clause), parts of d3 (BSD-3-Clause) and tslib
# (0BSD, no notice required): keep the notices of all of them next to it.
p="$work/echarts/package"
cp "$p/dist/echarts.esm.min.js" "$p/LICENSE" "$p/NOTICE" "$here/echarts/"
cp "$p/licenses/LICENSE-d3" "$here/echarts/LICENSE-d3"
cp "$work/zrender/package/LICENSE" "$here/echarts/LICENSE-zrender"

p="$work/redoc/package"
cp "$p/bundles/redoc.standalone.js" "$p/LICENSE" "$here/redoc/"

(cd "$here" && find . -type f ! -name SHA256SUMS ! -name update.sh ! -name VENDORED.md \
   | LC_ALL=C sort | xargs sha256sum > SHA256SUMS)

echo "Vendored into $here:"
du -sh "$here"/*/ | sed "s|$here/||"
