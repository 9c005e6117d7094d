'use strict';

// SPFx 1.21.1 gulp toolchain (as the generator writes it). `gulp serve` maps to the deprecated
// serve task, which only feeds a tenant's hosted workbench; the offline host lives in workbench/.
const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

// What each shipped script is made of, for tools/bundleBreakdown.ts: a ship build of SPFx 1.21.1's gulp toolchain
// emits no source maps, so ask for hidden ones (no sourceMappingURL comment in the scripts). Its minifier was built
// before this runs and decides on maps for itself, so it is told too. The maps stay in dist/: the release copy
// (release/assets, which the .sppkg is made of) leaves out *.map in ship builds.
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    if (config.mode !== 'production') return config;
    config.devtool = 'hidden-source-map';
    for (const minimizer of (config.optimization && config.optimization.minimizer) || []) {
      if ('_sourceMap' in minimizer) minimizer._sourceMap = true;
    }
    return config;
  }
});

build.initialize(require('gulp'));
