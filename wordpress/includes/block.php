<?php
/**
 * The block "IP report widget": pick a figure, chart or the whole report in the block editor and
 * see it drawn there; readers get what the shortcodes print. Its lists come from the build data.
 *
 * @package IpReportWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the block, rendered on the server by the shortcodes' functions. */
function ipr_register_block() {
	$data = ipr_data();
	wp_register_script(
		'ipr-block-editor',
		plugins_url( 'block/editor.js', IPR_PLUGIN_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
		IPR_VERSION,
		true
	);
	$lists = array(
		'metrics'  => $data['metrics'] ?? array(),
		'charts'   => $data['charts'] ?? array(),
		'sections' => $data['sections'] ?? array(),
		'labels'   => $data['labels'] ?? array(),
	);
	wp_add_inline_script( 'ipr-block-editor', 'window.iprBlockData = ' . wp_json_encode( $lists ) . ';', 'before' );
	$text = array( 'type' => 'string' );
	register_block_type(
		'ip-report-widgets/widget',
		array(
			'api_version'     => 2,
			'editor_script'   => 'ipr-block-editor',
			'render_callback' => 'ipr_render_block',
			'attributes'      => array(
				'kind'     => array(
					'type'    => 'string',
					'enum'    => array( 'stat-card', 'chart', 'report' ),
					'default' => 'stat-card',
				),
				'metric'   => array(
					'type'    => 'string',
					'default' => (string) ( array_keys( $lists['metrics'] )[0] ?? '' ),
				),
				'period'   => $text,
				'notation' => $text,
				'chart'    => array(
					'type'    => 'string',
					'default' => (string) ( $lists['charts'][0] ?? '' ),
				),
				'sections' => $text,
				'lang'     => $text,
				'theme'    => $text,
			),
		)
	);
}
add_action( 'init', 'ipr_register_block' );

/**
 * The block on the page: the shortcode of its kind with its attributes.
 *
 * @param array $attributes Block attributes.
 * @return string HTML.
 */
function ipr_render_block( $attributes ) {
	$kind  = $attributes['kind'] ?? 'stat-card';
	$names = array(
		'stat-card' => array( 'metric', 'period', 'notation' ),
		'chart'     => array( 'chart' ),
		'report'    => array( 'sections' ),
	);
	if ( ! isset( $names[ $kind ] ) ) {
		return '';
	}
	$atts = array();
	foreach ( array_merge( $names[ $kind ], array( 'lang', 'theme' ) ) as $name ) {
		if ( isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) && '' !== $attributes[ $name ] ) {
			$atts[ $name ] = $attributes[ $name ];
		}
	}
	if ( 'stat-card' === $kind ) {
		return ipr_stat_card_shortcode( $atts );
	}
	return 'chart' === $kind ? ipr_chart_shortcode( $atts ) : ipr_report_shortcode( $atts );
}

/** The block's preview draws the widgets: the library loads in the editor too. */
function ipr_block_editor_assets() {
	ipr_enqueue();
}
add_action( 'enqueue_block_editor_assets', 'ipr_block_editor_assets' );
