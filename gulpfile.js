// Classic icon copy for `npm run build:icons` (the design card's task). `npm run build`
// (n8n-node build) already copies icons; nothing in the build depends on gulp.
const { src, dest } = require('gulp');

function buildIcons() {
	src('nodes/**/*.{png,svg}').pipe(dest('dist/nodes'));
	return src('credentials/**/*.{png,svg}').pipe(dest('dist/credentials'));
}

exports['build:icons'] = buildIcons;
