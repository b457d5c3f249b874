// @ts-check

/** @type {import('@docusaurus/types').Config} */
export default {
  title: 'Course notes',
  url: 'https://example.com',
  baseUrl: '/',
  favicon: 'favicon.svg',
  future: { v4: true, faster: true },
  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false }]],
};
