import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

const NAME = 'conv-arithmetic';

// The site carries the project's name, not Storybook's; the brand links to the first page.
addons.setConfig({
  theme: create({ base: 'light', brandTitle: NAME, brandUrl: './', brandTarget: '_self' }),
});

// Storybook titles every tab "… ⋅ Storybook": name the project there too.
const retitle = () => {
  if (document.title.endsWith('Storybook')) {
    document.title = document.title.replace(/Storybook$/, NAME);
  }
};
retitle();
new MutationObserver(retitle).observe(document.head, {
  childList: true,
  subtree: true,
  characterData: true,
});
