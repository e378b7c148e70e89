/**
 * The three blocks in the editor. They are dynamic: the editor shows a placeholder and the block's settings,
 * the page shows the tool (rendered in PHP), and the saved post holds only the block's attributes.
 * Plain script using WordPress's globals, so the plugin needs no build step of its own.
 */
((wp) => {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { useBlockProps, InspectorControls } = wp.blockEditor;
  const { PanelBody, Placeholder, SelectControl, TextControl } = wp.components;
  const { __ } = wp.i18n;

  const language = {
    name: 'lang',
    label: __('Language', 'hhsrs-toolkit'),
    options: [
      { value: 'en', label: __('English', 'hhsrs-toolkit') },
      { value: 'cy', label: __('Welsh (Cymraeg)', 'hhsrs-toolkit') },
    ],
  };
  const storageKey = {
    name: 'storageKey',
    label: __('Storage key', 'hhsrs-toolkit'),
    help: __(
      'Leave empty: work saved on this page is kept apart from every other page. Give two pages the same key ' +
        'to share saved work between them.',
      'hhsrs-toolkit',
    ),
  };

  const blocks = {
    'hhsrs-toolkit/hhsrs-assessor': {
      describe: (a) =>
        a.mode === 'officer'
          ? __('The officer’s HHSRS assessment shows here on the published page.', 'hhsrs-toolkit')
          : __('The tenant’s check for hazards in their home shows here on the published page.', 'hhsrs-toolkit'),
      fields: [
        {
          name: 'mode',
          label: __('Who it is for', 'hhsrs-toolkit'),
          options: [
            { value: 'tenant', label: __('Tenants: a plain-English check and a letter', 'hhsrs-toolkit') },
            { value: 'officer', label: __('Officers: the full HHSRS assessment', 'hhsrs-toolkit') },
          ],
        },
        language,
        storageKey,
        {
          name: 'councilName',
          label: __('Council name', 'hhsrs-toolkit'),
          help: __('Empty: the name in Settings → HHSRS toolkit.', 'hhsrs-toolkit'),
        },
        { name: 'councilPhone', label: __('Council phone number', 'hhsrs-toolkit') },
        { name: 'councilUrl', label: __('Council web page for reporting problems', 'hhsrs-toolkit'), type: 'url' },
        { name: 'councilHours', label: __('Opening hours', 'hhsrs-toolkit') },
        { name: 'scheme', label: __('Scoring scheme id (optional)', 'hhsrs-toolkit') },
        { name: 'schemeSrc', label: __('Scheme pack web address (optional)', 'hhsrs-toolkit'), type: 'url' },
      ],
    },
    'hhsrs-toolkit/overcrowding-check': {
      describe: () => __('The overcrowding check shows here on the published page.', 'hhsrs-toolkit'),
      fields: [
        {
          name: 'units',
          label: __('Units for areas', 'hhsrs-toolkit'),
          options: [
            { value: 'metric', label: __('Square metres', 'hhsrs-toolkit') },
            { value: 'imperial', label: __('Square feet', 'hhsrs-toolkit') },
          ],
        },
        language,
        storageKey,
      ],
    },
    'hhsrs-toolkit/hazard-register': {
      describe: () => __('The hazard register shows here on the published page.', 'hhsrs-toolkit'),
      fields: [language, storageKey],
    },
  };

  const control = (field, attributes, setAttributes) => {
    const props = {
      key: field.name,
      label: field.label,
      help: field.help,
      value: attributes[field.name] || '',
      onChange: (value) => setAttributes({ [field.name]: value }),
    };
    return field.options
      ? h(SelectControl, Object.assign(props, { options: field.options }))
      : h(TextControl, Object.assign(props, { type: field.type || 'text' }));
  };

  for (const [name, block] of Object.entries(blocks)) {
    registerBlockType(name, {
      edit: ({ attributes, setAttributes }) =>
        h(
          Fragment,
          null,
          h(
            InspectorControls,
            null,
            h(
              PanelBody,
              { title: __('Settings', 'hhsrs-toolkit') },
              block.fields.map((field) => control(field, attributes, setAttributes)),
            ),
          ),
          h(
            'div',
            useBlockProps(),
            h(Placeholder, {
              icon: wp.blocks.getBlockType(name).icon.src,
              label: wp.blocks.getBlockType(name).title,
              instructions: block.describe(attributes),
            }),
          ),
        ),
      save: () => null,
    });
  }
})(window.wp);
