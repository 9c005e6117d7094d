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

build.initialize(require('gulp'));
