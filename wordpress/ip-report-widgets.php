<?php
/**
 * Plugin Name:       IP Report Widgets
 * Description:       Sourced, accessible cards and charts of the figures of China's 2025 SPC and SPP work reports on IP enforcement: shortcodes for every role, the widget tags allowed for every role, the script loaded only where a widget is.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       ip-report-widgets
 *
 * @package IpReportWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'IPR_PLUGIN_FILE', __FILE__ );

require_once __DIR__ . '/includes/data.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/block.php';

/** The attributes each widget tag takes, as kses and TinyMCE need them. */
function ipr_tag_attributes() {
	$common = array( 'lang', 'theme', 'id', 'class' );
	return array(
		'ipr-stat-card' => array_merge( $common, array( 'metric', 'period', 'notation', 'hide-change', 'hide-source', 'value', 'label', 'change', 'source-name', 'source-url' ) ),
		'ipr-chart'     => array_merge( $common, array( 'chart' ) ),
		'ipr-report'    => array_merge( $common, array( 'sections' ) ),
	);
}

/**
 * Lets the widget tags through kses for every role: authors and contributors have no
 * unfiltered_html, and kses removes unknown tags from what they save. Their scripts stay stripped;
 * this plugin loads the one script the tags need.
 *
 * @param array  $tags    Allowed tags and attributes.
 * @param string $context The kses context.
 * @return array
 */
function ipr_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( ipr_tag_attributes() as $tag => $names ) {
		$tags[ $tag ] = array_fill_keys( $names, true );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'ipr_kses_allowed_html', 10, 2 );

/**
 * Kses checks the protocol of these like an href (the element accepts http(s) only anyway).
 *
 * @param string[] $attributes URI attributes.
 * @return string[]
 */
function ipr_kses_uri_attributes( $attributes ) {
	$attributes[] = 'source-url';
	return $attributes;
}
add_filter( 'wp_kses_uri_attributes', 'ipr_kses_uri_attributes' );

/**
 * Keeps the tags in the classic editor's Visual tab and the Classic block (TinyMCE drops
 * elements it does not know).
 *
 * @param array $init TinyMCE settings.
 * @return array
 */
function ipr_tiny_mce_before_init( $init ) {
	$valid = array();
	foreach ( ipr_tag_attributes() as $tag => $names ) {
		$valid[] = $tag . '[' . implode( '|', $names ) . ']';
	}
	$join                            = static function ( $existing, $more ) {
		return '' === (string) $existing ? $more : $existing . ',' . $more;
	};
	$init['custom_elements']         = $join( $init['custom_elements'] ?? '', implode( ',', array_keys( ipr_tag_attributes() ) ) );
	$init['extended_valid_elements'] = $join( $init['extended_valid_elements'] ?? '', implode( ',', $valid ) );
	return $init;
}
add_filter( 'tiny_mce_before_init', 'ipr_tiny_mce_before_init' );

/** Where the library's files are: the base URL from the settings, else this plugin's copy. */
function ipr_base_url() {
	$base = (string) get_option( 'ipr_base_url', '' );
	return '' !== $base ? trailingslashit( $base ) : plugins_url( 'dist/', IPR_PLUGIN_FILE );
}

/**
 * Loads the library as an ES module, once, on a page that shows a widget. No version query: the
 * chunks import the entry by its plain address, and a second address would load it twice.
 */
function ipr_enqueue() {
	static $done = false;
	if ( $done || is_feed() ) {
		return;
	}
	$done = true;
	$src  = ipr_base_url() . 'ip-report-widgets.js';
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'ip-report-widgets', $src, array(), null );
	} else {
		wp_enqueue_script( 'ip-report-widgets', $src, array(), null, true );
	}
	wp_register_style( 'ip-report-widgets', false, array(), IPR_VERSION );
	wp_enqueue_style( 'ip-report-widgets' );
	// The fallback text wraps, even its long source links, until the widget draws over it.
	wp_add_inline_style( 'ip-report-widgets', '.ipr-fallback{display:block;overflow-wrap:anywhere}ipr-stat-card,ipr-chart,ipr-report{display:block;max-width:100%}.ipr-editor-note{padding:.5em .75em;border:1px dashed #b3261e;color:#b3261e;font-size:.875em}' );
}

/**
 * Before WordPress 6.5, a script loads as a classic script: this makes the library's a module.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function ipr_script_loader_tag( $tag, $handle ) {
	if ( 'ip-report-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'ipr_script_loader_tag', 10, 2 );

/**
 * Pasted tags need the script too: content that holds one loads it, unless it brings its own
 * (a pasted snippet with its script, kept for users with unfiltered_html).
 *
 * @param string $content Rendered content.
 * @return string
 */
function ipr_content_uses_widget( $content ) {
	if (
		is_string( $content )
		&& preg_match( '/<ipr-(stat-card|chart|report)\b/', $content )
		&& ! preg_match( '/<script\b[^>]*\ssrc=["\'][^"\']*ip-report-widgets(\.iife)?\.js/', $content )
	) {
		ipr_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'ipr_content_uses_widget', 20 );
add_filter( 'widget_text_content', 'ipr_content_uses_widget', 20 );
add_filter( 'widget_block_content', 'ipr_content_uses_widget', 20 );

/**
 * Wptexturize would curl the quotes of an author's JSON between [ipr_chart] tags.
 *
 * @param string[] $shortcodes Shortcodes whose content is left alone.
 * @return string[]
 */
function ipr_no_texturize_shortcodes( $shortcodes ) {
	$shortcodes[] = 'ipr_chart';
	return $shortcodes;
}
add_filter( 'no_texturize_shortcodes', 'ipr_no_texturize_shortcodes' );
