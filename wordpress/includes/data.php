<?php
/**
 * The figures' texts and ids, from the library's build (includes/build-data.php is written by
 * `npm run build` from the same fallbackText and id lists the widgets use): no figure is typed here.
 *
 * @package IpReportWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The build's data: version, metric ids with their periods, chart ids, report sections, words,
 * and the fallback texts by language.
 *
 * @return array
 */
function ipr_data() {
	static $data = null;
	if ( null === $data ) {
		$file = __DIR__ . '/build-data.php';
		$data = is_readable( $file ) ? include $file : array();
		$data = is_array( $data ) ? $data : array();
	}
	return $data;
}

define( 'IPR_VERSION', ipr_data()['version'] ?? '0' );

/**
 * The message language for a BCP 47 tag or a WordPress locale: zh or en (as the widgets do).
 *
 * @param string $lang A tag such as zh-CN, or a locale such as zh_CN.
 * @return string
 */
function ipr_message_lang( $lang ) {
	return preg_match( '/^zh\b|^zh[_-]/i', (string) $lang ) ? 'zh' : 'en';
}

/**
 * One text from the build: a fallback by widget and key, or a word.
 *
 * @param string $lang  en or zh.
 * @param string $group stat-card, chart, report or words.
 * @param string $key   The key within the group.
 * @return string The text, or '' when there is none.
 */
function ipr_text( $lang, $group, $key ) {
	$data = ipr_data();
	$text = $data['text'][ $lang ][ $group ][ $key ] ?? ( $data['text']['en'][ $group ][ $key ] ?? '' );
	return is_string( $text ) ? $text : '';
}

/**
 * The email-safe markup of a bundled widget, for feeds: block elements with inline styles, its
 * source links, and for a chart its image from the plugin's copy of dist/ (or the base URL set in
 * the settings).
 *
 * @param string $lang  en or zh.
 * @param string $group stat-card, chart or report.
 * @param string $key   The key within the group.
 * @return string HTML, or '' when there is none.
 */
function ipr_feed_html( $lang, $group, $key ) {
	$data = ipr_data();
	$html = $data['text'][ $lang ]['html'][ $group ][ $key ] ?? '';
	return is_string( $html ) && '' !== $html ? str_replace( '{{ipr-base}}', esc_url( ipr_base_url() ), $html ) : '';
}
