import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

// The site carries the project's name, not Storybook's; the brand links to the first page.
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'conv-arithmetic',
    brandUrl: './',
    brandTarget: '_self',
  }),
});
