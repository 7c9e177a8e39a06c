/* global wp, window */
// The block's editor side: a plain script on WordPress's globals, no build step.
(function (blocks, element, components, blockEditor, ServerSideRender, data) {
  var el = element.createElement;
  var options = function (values, first) {
    return (first ? [first] : []).concat(
      values.map(function (v) {
        return { label: (data.labels && data.labels[v]) || v, value: v };
      }),
    );
  };
  var metrics = Object.keys(data.metrics);
  blocks.registerBlockType('ip-report-widgets/widget', {
    apiVersion: 2,
    title: 'IP report widget',
    description: 'A sourced figure or chart of the 2025 SPC and SPP work reports, or the whole report.',
    icon: 'chart-bar',
    category: 'widgets',
    keywords: ['chart', 'statistics', 'IP'],
    attributes: {
      kind: { type: 'string', default: 'stat-card' },
      metric: { type: 'string', default: metrics[0] },
      period: { type: 'string' },
      notation: { type: 'string' },
      chart: { type: 'string', default: data.charts[0] },
      sections: { type: 'string' },
      lang: { type: 'string' },
      theme: { type: 'string' },
    },
    edit: function (props) {
      var a = props.attributes;
      var set = props.setAttributes;
      var select = function (label, name, values, first) {
        return el(components.SelectControl, {
          label: label,
          value: a[name] || '',
          options: options(values, first),
          onChange: function (value) {
            var change = {};
            change[name] = value;
            if (name === 'metric') change.period = '';
            set(change);
          },
        });
      };
      var controls = [
        el(components.SelectControl, {
          key: 'kind',
          label: 'Show',
          value: a.kind,
          options: [
            { label: 'A figure (stat card)', value: 'stat-card' },
            { label: 'A chart', value: 'chart' },
            { label: 'The whole report', value: 'report' },
          ],
          onChange: function (value) {
            set({ kind: value });
          },
        }),
      ];
      if (a.kind === 'stat-card') {
        controls.push(select('Figure', 'metric', metrics));
        controls.push(
          select('Period', 'period', data.metrics[a.metric] || [], { label: 'Latest', value: '' }),
        );
        controls.push(select('Notation', 'notation', ['compact'], { label: 'Standard', value: '' }));
      } else if (a.kind === 'chart') {
        controls.push(select('Chart', 'chart', data.charts));
      } else {
        controls.push(select('Sections', 'sections', data.sections, { label: 'All', value: '' }));
      }
      controls.push(
        select('Theme', 'theme', ['light', 'dark'], { label: 'Auto (follows the page)', value: '' }),
      );
      controls.push(select('Language', 'lang', ['en', 'zh'], { label: 'The page’s', value: '' }));
      return el(
        'div',
        blockEditor.useBlockProps(),
        el(
          blockEditor.InspectorControls,
          null,
          el(
            components.PanelBody,
            { title: 'Widget' },
            controls.map(function (c, i) {
              return el(element.Fragment, { key: i }, c);
            }),
          ),
        ),
        el(ServerSideRender, { block: 'ip-report-widgets/widget', attributes: a }),
      );
    },
    save: function () {
      return null;
    },
  });
})(wp.blocks, wp.element, wp.components, wp.blockEditor, wp.serverSideRender, window.iprBlockData);
