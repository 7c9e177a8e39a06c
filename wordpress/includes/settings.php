<?php
/**
 * Settings → IP Report Widgets: where the library's files come from (this plugin's copy, or a
 * base URL of your own), and the ids the shortcodes take.
 *
 * @package IpReportWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the one option, with its sanitizer. */
function ipr_register_settings() {
	register_setting(
		'ipr_settings',
		'ipr_base_url',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'ipr_sanitize_base_url',
		)
	);
}
add_action( 'admin_init', 'ipr_register_settings' );

/**
 * An http(s) address of a folder holding ip-report-widgets.js, or '' for this plugin's copy.
 *
 * @param mixed $value What was submitted.
 * @return string
 */
function ipr_sanitize_base_url( $value ) {
	$value = trim( is_string( $value ) ? $value : '' );
	if ( '' === $value ) {
		return '';
	}
	$url = esc_url_raw( $value, array( 'http', 'https' ) );
	if ( '' === $url ) {
		add_settings_error( 'ipr_base_url', 'ipr_base_url', __( 'The base URL must be an http(s) address; it was not changed.', 'ip-report-widgets' ) );
		return (string) get_option( 'ipr_base_url', '' );
	}
	return trailingslashit( $url );
}

/** Adds the page under Settings, for those who may manage options. */
function ipr_admin_menu() {
	add_options_page( __( 'IP Report Widgets', 'ip-report-widgets' ), __( 'IP Report Widgets', 'ip-report-widgets' ), 'manage_options', 'ipr-settings', 'ipr_settings_page' );
}
add_action( 'admin_menu', 'ipr_admin_menu' );

/** The settings page; the form's nonce comes from settings_fields(). */
function ipr_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$data = ipr_data();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'IP Report Widgets', 'ip-report-widgets' ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'ipr_settings' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="ipr_base_url"><?php esc_html_e( 'Base URL of the library', 'ip-report-widgets' ); ?></label></th>
					<td>
						<input name="ipr_base_url" id="ipr_base_url" type="url" class="regular-text code" value="<?php echo esc_attr( (string) get_option( 'ipr_base_url', '' ) ); ?>" placeholder="<?php echo esc_attr( plugins_url( 'dist/', IPR_PLUGIN_FILE ) ); ?>">
						<p class="description"><?php esc_html_e( 'Empty: the copy inside this plugin (nothing to host). Otherwise the address of a folder holding ip-report-widgets.js and its chunks/.', 'ip-report-widgets' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<h2><?php esc_html_e( 'Shortcodes', 'ip-report-widgets' ); ?></h2>
		<p><code>[ipr_stat_card metric="…"]</code> <?php echo esc_html( implode( ', ', array_keys( $data['metrics'] ?? array() ) ) ); ?></p>
		<p><code>[ipr_chart chart="…"]</code> <?php echo esc_html( implode( ', ', $data['charts'] ?? array() ) ); ?></p>
		<p><code>[ipr_report sections="…"]</code> <?php echo esc_html( implode( ', ', $data['sections'] ?? array() ) ); ?></p>
	</div>
	<?php
}
