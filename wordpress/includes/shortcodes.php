<?php
/**
 * Shortcodes [ipr_stat_card], [ipr_chart] and [ipr_report]: each prints the widget's tag with its
 * fallback text rendered here, so readers without scripts (feeds, email, print) read the figure.
 * Shortcodes are saved as text, so they survive kses, wpautop and the Visual tab for every role.
 *
 * @package IpReportWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shortcode attributes with names in kebab-case (hide_change and hide-change alike) and bare
 * names (`[ipr_stat_card hide-change]`) as flags.
 *
 * @param mixed $raw What WordPress parsed.
 * @return array<string, string>
 */
function ipr_normalize_atts( $raw ) {
	$atts = array();
	foreach ( (array) $raw as $name => $value ) {
		if ( is_int( $name ) ) {
			if ( '' !== trim( (string) $value ) ) {
				$atts[ strtolower( str_replace( '_', '-', trim( (string) $value ) ) ) ] = 'true';
			}
		} else {
			$atts[ strtolower( str_replace( '_', '-', (string) $name ) ) ] = (string) $value;
		}
	}
	return $atts;
}

/**
 * A short problem, shown only to people who can edit the post (readers get the fallback).
 *
 * @param string[] $problems What is wrong, one line each.
 * @return string HTML.
 */
function ipr_editor_notes( $problems ) {
	if ( ! $problems || ! is_user_logged_in() ) {
		return '';
	}
	$post_id = get_the_ID();
	if ( ! ( $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' ) ) ) {
		return '';
	}
	$out = '';
	foreach ( $problems as $problem ) {
		/* translators: %s: what is wrong with the shortcode. */
		$out .= '<p class="ipr-editor-note">' . esc_html( sprintf( __( 'IP report widget: %s (Only people who can edit this post see this.)', 'ip-report-widgets' ), $problem ) ) . '</p>';
	}
	return $out;
}

/**
 * Checks the attributes every widget shares; returns the tag attributes to print.
 *
 * @param array    $atts     Normalized attributes.
 * @param string[] $allowed  Names this shortcode takes besides lang and theme.
 * @param string[] $problems Collects what is wrong.
 * @return array<string, string>
 */
function ipr_common_atts( $atts, $allowed, &$problems ) {
	$out = array();
	foreach ( array_keys( $atts ) as $name ) {
		if ( ! in_array( $name, $allowed, true ) && ! in_array( $name, array( 'lang', 'theme' ), true ) ) {
			$problems[] = sprintf( 'unknown attribute “%s”, left out.', ipr_shorten( $name ) );
		}
	}
	if ( isset( $atts['lang'] ) ) {
		if ( preg_match( '/^[a-z]{2,3}(-[a-z0-9]{1,8}){0,4}$/i', $atts['lang'] ) ) {
			$out['lang'] = $atts['lang'];
		} else {
			$problems[] = sprintf( 'lang “%s” is not a language tag, left out.', ipr_shorten( $atts['lang'] ) );
		}
	}
	if ( isset( $atts['theme'] ) ) {
		$theme = strtolower( $atts['theme'] );
		if ( in_array( $theme, array( 'auto', 'light', 'dark' ), true ) ) {
			$out['theme'] = $theme;
		} else {
			$problems[] = sprintf( 'theme “%s” is not auto, light or dark; using auto.', ipr_shorten( $atts['theme'] ) );
		}
	}
	return $out;
}

/**
 * A value shown back to an editor, cut short.
 *
 * @param string $text Any text.
 * @return string
 */
function ipr_shorten( $text ) {
	$text = wp_strip_all_tags( (string) $text );
	return mb_strlen( $text ) > 40 ? mb_substr( $text, 0, 39 ) . '…' : $text;
}

/**
 * Whether a flag attribute is on: bare, empty, true, 1 or yes.
 *
 * @param array  $atts Normalized attributes.
 * @param string $name The flag.
 * @return bool
 */
function ipr_flag( $atts, $name ) {
	return isset( $atts[ $name ] ) && ! in_array( strtolower( $atts[ $name ] ), array( 'false', '0', 'no', 'off' ), true );
}

/**
 * The language of the fallback text: the lang attribute, else the site's.
 *
 * @param array $tag Tag attributes.
 * @return string en or zh.
 */
function ipr_fallback_lang( $tag ) {
	return ipr_message_lang( $tag['lang'] ?? get_bloginfo( 'language' ) );
}

/**
 * The widget's tag with its fallback text inside; in feeds, no tag: the widget's email-safe markup
 * where it has one (a bundled widget), else the text.
 *
 * @param string $name      Tag name.
 * @param array  $attrs     Attributes, already checked.
 * @param string $text      Fallback text (plain).
 * @param string $inner     Markup before the fallback (an author chart's JSON), already safe.
 * @param string $feed_html The feed's markup, from ipr_feed_html(), or ''.
 * @return string HTML.
 */
function ipr_tag( $name, $attrs, $text, $inner = '', $feed_html = '' ) {
	// A span, not a <p>: wpautop may have opened a paragraph around the shortcode, and a <p> inside
	// it would close that paragraph and the widget's tag with it, leaving the text outside.
	$fallback = '' === $text ? '' : '<span class="ipr-fallback">' . make_clickable( esc_html( $text ) ) . '</span>';
	if ( is_feed() ) {
		return '' !== $feed_html ? $feed_html : $fallback;
	}
	ipr_enqueue();
	$html = '<' . $name;
	foreach ( $attrs as $attr => $value ) {
		$html .= true === $value ? ' ' . $attr : ' ' . $attr . '="' . esc_attr( $value ) . '"';
	}
	return $html . '>' . $inner . $fallback . '</' . $name . '>';
}

/**
 * WordPress reads `[ipr_chart chart="a"] … [ipr_chart]data[/ipr_chart]` as one shortcode that
 * encloses everything up to the closing tag. What it swallowed is given back: the text in between,
 * and the inner shortcode, closed again.
 *
 * @param string|null $content Shortcode content.
 * @param string      $name    Shortcode name.
 * @return string HTML.
 */
function ipr_swallowed( $content, $name ) {
	if ( null === $content || false === strpos( $content, '[' . $name ) ) {
		return '';
	}
	return do_shortcode( $content . '[/' . $name . ']' );
}

/**
 * What readers get when the shortcode cannot show a widget: the text between its tags, if any.
 *
 * @param string $content Shortcode content.
 * @return string HTML.
 */
function ipr_plain_fallback( $content ) {
	if ( false !== strpos( (string) $content, '[ipr_' ) ) {
		return '';
	}
	$text = trim( wp_strip_all_tags( (string) $content ) );
	return '' === $text ? '' : '<p class="ipr-fallback">' . make_clickable( esc_html( $text ) ) . '</p>';
}

/**
 * [ipr_stat_card metric="punitive-damages-cases" period="2023" notation="compact" hide-change]
 * or the author's own figure: [ipr_stat_card value="12" label="cases won" period="2024" change="20"
 * source-name="Example LLP" source-url="https://…"].
 *
 * @param array|string $raw     Attributes.
 * @param string|null  $content Text between the tags: the fallback when no widget can be shown.
 * @return string HTML.
 */
function ipr_stat_card_shortcode( $raw, $content = null ) {
	$atts     = ipr_normalize_atts( $raw );
	$problems = array();
	$own      = array( 'value', 'label', 'change', 'source-name', 'source-url' );
	$tag      = ipr_common_atts( $atts, array_merge( array( 'metric', 'period', 'notation', 'hide-change', 'hide-source' ), $own ), $problems );
	$lang     = ipr_fallback_lang( $tag );
	foreach ( array( 'hide-change', 'hide-source' ) as $flag ) {
		if ( ipr_flag( $atts, $flag ) ) {
			$tag[ $flag ] = true;
		}
	}
	$notation = 'standard';
	if ( isset( $atts['notation'] ) ) {
		if ( in_array( $atts['notation'], array( 'standard', 'compact' ), true ) ) {
			$notation = $atts['notation'];
		} else {
			$problems[] = sprintf( 'notation “%s” is not standard or compact; using standard.', ipr_shorten( $atts['notation'] ) );
		}
	}

	if ( isset( $atts['value'] ) ) {
		$value = trim( $atts['value'] );
		if ( ! is_numeric( $value ) ) {
			$problems[] = sprintf( 'value “%s” is not a number.', ipr_shorten( $value ) );
			return ipr_editor_notes( $problems ) . ipr_plain_fallback( $content ) . ipr_swallowed( $content, 'ipr_stat_card' );
		}
		$label  = sanitize_text_field( $atts['label'] ?? '' );
		$period = sanitize_text_field( $atts['period'] ?? '' );
		$tag    = array_merge( array( 'value' => $value ), $label ? array( 'label' => $label ) : array(), $period ? array( 'period' => $period ) : array(), $tag );
		$change = '';
		if ( isset( $atts['change'] ) ) {
			$change = rtrim( trim( $atts['change'] ), '%' );
			if ( is_numeric( $change ) ) {
				$tag['change'] = $change;
			} else {
				$problems[] = sprintf( 'change “%s” is not a number (a percent such as -3.5), left out.', ipr_shorten( $atts['change'] ) );
				$change     = '';
			}
		}
		$source = ipr_source( $atts, $tag, $problems, $lang );
		$zh     = 'zh' === $lang;
		$line   = ( $period ? $period . ( $zh ? '：' : ': ' ) : '' ) . ( $zh ? $label . $value : trim( $value . ' ' . $label ) );
		if ( '' !== $change && ! isset( $tag['hide-change'] ) ) {
			$signed = ( (float) $change > 0 ? '+' : '' ) . $change . '%';
			$line  .= $zh ? '（' . $signed . '）' : ' (' . $signed . ')';
		}
		$text = ipr_sentences( $lang, array( $line, isset( $tag['hide-source'] ) ? '' : $source ) );
		return ipr_editor_notes( $problems ) . ipr_tag( 'ipr-stat-card', $tag, $text ) . ipr_swallowed( $content, 'ipr_stat_card' );
	}

	$data   = ipr_data();
	$metric = $atts['metric'] ?? '';
	if ( ! isset( $data['metrics'][ $metric ] ) ) {
		$problems[] = '' === $metric
			? 'give a metric (one of ' . implode( ', ', array_keys( $data['metrics'] ?? array() ) ) . '), or a value of your own.'
			: sprintf( 'there is no metric “%s”.', ipr_shorten( $metric ) );
		return ipr_editor_notes( $problems ) . ipr_plain_fallback( $content ) . ipr_swallowed( $content, 'ipr_stat_card' );
	}
	$period = $atts['period'] ?? '';
	if ( '' !== $period && ! in_array( $period, $data['metrics'][ $metric ], true ) ) {
		$problems[] = sprintf( 'there is no figure of %s for “%s” (periods: %s).', $metric, ipr_shorten( $period ), implode( ', ', $data['metrics'][ $metric ] ) );
		return ipr_editor_notes( $problems ) . ipr_plain_fallback( $content ) . ipr_swallowed( $content, 'ipr_stat_card' );
	}
	$tag = array_merge( array( 'metric' => $metric ), $period ? array( 'period' => $period ) : array(), 'compact' === $notation ? array( 'notation' => 'compact' ) : array(), $tag );
	return ipr_editor_notes( $problems ) . ipr_tag( 'ipr-stat-card', $tag, ipr_text( $lang, 'stat-card', "$metric|$period|$notation" ), '', ipr_feed_html( $lang, 'stat-card', "$metric|$period|$notation" ) ) . ipr_swallowed( $content, 'ipr_stat_card' );
}
add_shortcode( 'ipr_stat_card', 'ipr_stat_card_shortcode' );

/**
 * Source name and link of the author's own figure or chart, checked; adds them to the tag.
 *
 * @param array    $atts     Normalized attributes.
 * @param array    $tag      Tag attributes, by reference.
 * @param string[] $problems Collects what is wrong.
 * @param string   $lang     Language of the sentence: en or zh.
 * @return string The source sentence for the fallback, or ''.
 */
function ipr_source( $atts, &$tag, &$problems, $lang ) {
	$name = sanitize_text_field( $atts['source-name'] ?? '' );
	$url  = '';
	if ( isset( $atts['source-url'] ) && '' !== trim( $atts['source-url'] ) ) {
		$url = esc_url_raw( trim( $atts['source-url'] ), array( 'http', 'https' ) );
		if ( '' === $url ) {
			$problems[] = sprintf( 'source-url “%s” is not an http(s) address, left out.', ipr_shorten( $atts['source-url'] ) );
		}
	}
	if ( $name ) {
		$tag['source-name'] = $name;
	}
	if ( $url ) {
		$tag['source-url'] = $url;
	}
	return ipr_source_sentence( $lang, $name, $url );
}

/**
 * "Source: name, url" in the fallback's language.
 *
 * @param string $lang en or zh.
 * @param string $name Source name.
 * @param string $url  Source link.
 * @return string
 */
function ipr_source_sentence( $lang, $name, $url ) {
	$parts = array_filter( array( $name, $url ) );
	if ( ! $parts ) {
		return '';
	}
	return ipr_text( $lang, 'words', 'source' ) . ipr_text( $lang, 'words', 'colon' ) . implode( 'zh' === $lang ? '，' : ', ', $parts );
}

/**
 * A number in the site's format, with as many decimals as it has.
 *
 * @param int|float $value The number.
 * @return string
 */
function ipr_number( $value ) {
	$decimals = is_float( $value ) && preg_match( '/\.(\d+)$/', (string) $value, $m ) ? strlen( $m[1] ) : 0;
	return number_format_i18n( $value, $decimals );
}

/**
 * Joins sentences with the stop of the language.
 *
 * @param string   $lang  en or zh.
 * @param string[] $parts Sentences without their stop; empty ones are left out.
 * @return string
 */
function ipr_sentences( $lang, $parts ) {
	$stop  = 'zh' === $lang ? '。' : '.';
	$parts = array_filter( array_map( 'trim', $parts ) );
	return implode(
		'zh' === $lang ? '' : ' ',
		array_map(
			static function ( $part ) use ( $stop ) {
				return preg_match( '/[.。]$/u', $part ) ? $part : $part . $stop;
			},
			$parts
		)
	);
}

/**
 * [ipr_chart chart="punitive-damages-trend"], or the author's own chart from CSV or JSON between
 * the tags:
 *
 *     [ipr_chart title="Our cases" unit="cases" source-name="Example LLP"]
 *     Year, Won, Lost
 *     2023, 12, 3
 *     2024, 18, 2
 *     [/ipr_chart]
 *
 * @param array|string $raw     Attributes.
 * @param string|null  $content CSV or JSON.
 * @return string HTML.
 */
function ipr_chart_shortcode( $raw, $content = null ) {
	$atts     = ipr_normalize_atts( $raw );
	$problems = array();
	$tag      = ipr_common_atts( $atts, array( 'chart', 'title', 'subtitle', 'unit', 'type', 'horizontal', 'source-name', 'source-url' ), $problems );
	$lang     = ipr_fallback_lang( $tag );
	if ( isset( $atts['chart'] ) ) {
		$chart = $atts['chart'];
		if ( ! in_array( $chart, ipr_data()['charts'] ?? array(), true ) ) {
			$problems[] = sprintf( 'there is no chart “%s” (charts: %s).', ipr_shorten( $chart ), implode( ', ', ipr_data()['charts'] ?? array() ) );
			return ipr_editor_notes( $problems ) . ipr_plain_fallback( $content ) . ipr_swallowed( $content, 'ipr_chart' );
		}
		return ipr_editor_notes( $problems ) . ipr_tag( 'ipr-chart', array_merge( array( 'chart' => $chart ), $tag ), ipr_text( $lang, 'chart', $chart ), '', ipr_feed_html( $lang, 'chart', $chart ) ) . ipr_swallowed( $content, 'ipr_chart' );
	}

	$chart = ipr_parse_author_chart( (string) $content, $atts, $problems );
	if ( null === $chart ) {
		$title = sanitize_text_field( $atts['title'] ?? '' );
		return ipr_editor_notes( $problems ) . ( $title ? '<p class="ipr-fallback">' . esc_html( $title ) . '</p>' : '' );
	}
	$source = array();
	$chart['source'] = array_filter( (array) ( $chart['source'] ?? array() ), 'is_string' );
	$source_atts     = array_merge(
		array_filter(
			array(
				'source-name' => $chart['source']['name'] ?? '',
				'source-url'  => $chart['source']['url'] ?? '',
			)
		),
		array_intersect_key( $atts, array_flip( array( 'source-name', 'source-url' ) ) )
	);
	$sentence = ipr_source( $source_atts, $source, $problems, $lang );
	$chart['source'] = array_filter(
		array(
			'name' => $source['source-name'] ?? '',
			'url'  => $source['source-url'] ?? '',
		)
	);
	if ( ! $chart['source'] ) {
		unset( $chart['source'] );
	}
	$series = array();
	foreach ( $chart['series'] as $s ) {
		$values = array();
		foreach ( $s['values'] as $i => $v ) {
			$values[] = $chart['labels'][ $i ] . ' ' . ipr_number( $v );
		}
		$series[] = ( count( $chart['series'] ) > 1 ? $s['label'] . ipr_text( $lang, 'words', 'colon' ) : '' ) . implode( ipr_text( $lang, 'words', 'listSeparator' ), $values );
	}
	$title = $chart['title'] ?? '';
	$text  = ipr_sentences( $lang, array( ( $title ? $title . ipr_text( $lang, 'words', 'colon' ) : '' ) . implode( 'zh' === $lang ? '；' : '; ', $series ), $sentence ) );
	$json  = wp_json_encode( $chart, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	return ipr_editor_notes( $problems ) . ipr_tag( 'ipr-chart', $tag, $text, '<script type="application/json">' . $json . '</script>' );
}
add_shortcode( 'ipr_chart', 'ipr_chart_shortcode' );

/**
 * The author's chart from the shortcode's content, undoing what WordPress did to it on the way
 * (wpautop's <p> and <br>, entities from kses or the Visual tab), checked as the element checks it.
 *
 * @param string   $content  CSV or JSON.
 * @param array    $atts     Normalized attributes: title, subtitle, unit, type, horizontal.
 * @param string[] $problems Collects what is wrong.
 * @return array|null The chart data, or null when it cannot be used.
 */
function ipr_parse_author_chart( $content, $atts, &$problems ) {
	$text = preg_replace( '#<br\s*/?>|</?p\b[^>]*>#i', "\n", $content );
	$text = trim( html_entity_decode( wp_strip_all_tags( $text ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	// Curly quotes and dashes from a Visual tab or an editor that texturized the text.
	$text = str_replace( array( '“', '”', '″', '–', '—' ), array( '"', '"', '"', '-', '-' ), $text );
	if ( '' === $text ) {
		$problems[] = 'give a chart id (' . implode( ', ', ipr_data()['charts'] ?? array() ) . '), or your own data as CSV or JSON between [ipr_chart] and [/ipr_chart].';
		return null;
	}
	if ( '{' === $text[0] ) {
		$chart = json_decode( $text, true );
		if ( ! is_array( $chart ) ) {
			$problems[] = 'the chart data is not valid JSON: ' . json_last_error_msg() . '.';
			return null;
		}
	} else {
		$rows = array();
		foreach ( preg_split( '/\R/', $text ) as $line ) {
			if ( '' === trim( $line ) ) {
				continue;
			}
			$separator = false !== strpos( $line, "\t" ) ? "\t" : ( false !== strpos( $line, ';' ) ? ';' : ',' );
			$rows[]    = array_map( 'trim', str_getcsv( $line, $separator, '"', '\\' ) );
		}
		$header = array_shift( $rows );
		$chart  = array(
			'labels' => array(),
			'series' => array(),
		);
		foreach ( array_slice( $header, 1 ) as $i => $label ) {
			$chart['series'][ $i ] = array(
				'label'  => $label,
				'values' => array(),
			);
		}
		foreach ( $rows as $n => $row ) {
			$chart['labels'][] = $row[0];
			foreach ( $chart['series'] as $i => $unused ) {
				$cell = str_replace( array( ' ', ' ' ), '', $row[ $i + 1 ] ?? '' );
				if ( ! is_numeric( $cell ) ) {
					$problems[] = sprintf( 'row %d, column %d: “%s” is not a number.', $n + 2, $i + 2, ipr_shorten( $row[ $i + 1 ] ?? '' ) );
					return null;
				}
				$chart['series'][ $i ]['values'][] = $cell + 0;
			}
		}
	}
	foreach ( array( 'title', 'subtitle', 'unit' ) as $name ) {
		if ( isset( $atts[ $name ] ) ) {
			$chart[ $name ] = sanitize_text_field( $atts[ $name ] );
		}
	}
	if ( isset( $atts['type'] ) ) {
		$chart['type'] = strtolower( $atts['type'] );
	}
	if ( ipr_flag( $atts, 'horizontal' ) ) {
		$chart['indexAxis'] = 'y';
	}
	return ipr_check_chart( $chart, $problems );
}

/**
 * Keeps the fields the element reads, each checked.
 *
 * @param array    $chart    Parsed chart data.
 * @param string[] $problems Collects what is wrong.
 * @return array|null
 */
function ipr_check_chart( $chart, &$problems ) {
	$labels = $chart['labels'] ?? null;
	if ( ! is_array( $labels ) || ! $labels || count( array_filter( $labels, 'is_scalar' ) ) !== count( $labels ) ) {
		$problems[] = 'the chart needs labels (the first column).';
		return null;
	}
	$series = $chart['series'] ?? null;
	if ( ! is_array( $series ) || ! $series ) {
		$problems[] = 'the chart needs at least one series (a column of numbers).';
		return null;
	}
	$out = array(
		'labels' => array_map( 'strval', array_values( $labels ) ),
		'series' => array(),
	);
	foreach ( array_values( $series ) as $i => $s ) {
		$values = is_array( $s ) && isset( $s['values'] ) && is_array( $s['values'] ) ? array_values( $s['values'] ) : null;
		$label  = is_array( $s ) && isset( $s['label'] ) && is_scalar( $s['label'] ) ? sanitize_text_field( (string) $s['label'] ) : (string) ( $i + 1 );
		if ( null === $values || count( $values ) !== count( $labels ) ) {
			$problems[] = sprintf( 'series “%s” needs one value per label.', ipr_shorten( $label ) );
			return null;
		}
		foreach ( $values as $v ) {
			if ( ! ( is_int( $v ) || is_float( $v ) ) || ! is_finite( (float) $v ) ) {
				$problems[] = sprintf( 'series “%s” has a value that is not a number.', ipr_shorten( $label ) );
				return null;
			}
		}
		$out['series'][] = array(
			'label'  => $label,
			'values' => $values,
		);
	}
	foreach ( array( 'title', 'subtitle', 'unit' ) as $name ) {
		if ( isset( $chart[ $name ] ) && is_string( $chart[ $name ] ) && '' !== trim( $chart[ $name ] ) ) {
			$out[ $name ] = sanitize_text_field( $chart[ $name ] );
		}
	}
	$type = $chart['type'] ?? 'bar';
	if ( in_array( $type, array( 'bar', 'line' ), true ) ) {
		$out['type'] = $type;
	} else {
		$problems[] = sprintf( 'type “%s” is not bar or line; using bar.', ipr_shorten( is_scalar( $type ) ? (string) $type : '' ) );
	}
	if ( isset( $chart['indexAxis'] ) && 'y' === $chart['indexAxis'] ) {
		$out['indexAxis'] = 'y';
	}
	if ( isset( $chart['source'] ) && is_array( $chart['source'] ) ) {
		$out['source'] = $chart['source'];
	}
	return $out;
}

/**
 * [ipr_report sections="headline stats"]: the whole report, or some of its parts.
 *
 * @param array|string $raw     Attributes.
 * @param string|null  $content Unused.
 * @return string HTML.
 */
function ipr_report_shortcode( $raw, $content = null ) {
	$atts     = ipr_normalize_atts( $raw );
	$problems = array();
	$tag      = ipr_common_atts( $atts, array( 'sections' ), $problems );
	$all      = ipr_data()['sections'] ?? array();
	$picked   = array();
	if ( isset( $atts['sections'] ) ) {
		foreach ( preg_split( '/[\s,]+/', strtolower( $atts['sections'] ), -1, PREG_SPLIT_NO_EMPTY ) as $name ) {
			if ( in_array( $name, $all, true ) ) {
				$picked[] = $name;
			} else {
				$problems[] = sprintf( 'there is no section “%s” (sections: %s), left out.', ipr_shorten( $name ), implode( ', ', $all ) );
			}
		}
	}
	$picked = array_values( array_intersect( $all, $picked ) );
	if ( $picked ) {
		$tag = array_merge( array( 'sections' => implode( ' ', $picked ) ), $tag );
	}
	$key  = implode( ' ', $picked ? $picked : $all );
	$lang = ipr_fallback_lang( $tag );
	return ipr_editor_notes( $problems ) . ipr_tag( 'ipr-report', $tag, ipr_text( $lang, 'report', $key ), '', ipr_feed_html( $lang, 'report', $key ) ) . ipr_swallowed( $content, 'ipr_report' );
}
add_shortcode( 'ipr_report', 'ipr_report_shortcode' );
