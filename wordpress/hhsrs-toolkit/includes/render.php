<?php
/**
 * Blocks and shortcodes become the element's tag, rendered on the server: the saved post holds only the block
 * comment (or the shortcode) and its attributes, never a script, so it survives an editor without script rights.
 *
 * @package hhsrs-toolkit
 */

defined( 'ABSPATH' ) || exit;

/**
 * A block's markup: the element inside the block's wrapper (which carries alignment and extra classes).
 *
 * @param string   $tag        The element's tag.
 * @param array    $attributes The block's attributes (camelCase).
 * @param WP_Block $block      The block, for the post it sits in.
 */
function hhsrs_toolkit_render_block( $tag, $attributes, $block ) {
	$values = array();
	foreach ( hhsrs_toolkit_elements()[ $tag ]['attributes'] as $name => $spec ) {
		if ( isset( $attributes[ $spec['block'] ] ) ) {
			$values[ $name ] = (string) $attributes[ $spec['block'] ];
		}
	}
	$post_id = isset( $block->context['postId'] ) ? (int) $block->context['postId'] : (int) get_the_ID();
	return '<div ' . get_block_wrapper_attributes() . '>' . hhsrs_toolkit_element_html( $tag, $values, $post_id )
		. '</div>';
}

/**
 * A shortcode's markup. Attributes are named as on the element (`storage-key`); `storage_key` is read too.
 *
 * @param string $tag        The element's tag.
 * @param array  $attributes The shortcode's attributes.
 */
function hhsrs_toolkit_render_shortcode( $tag, $attributes ) {
	$values = array();
	foreach ( array_keys( hhsrs_toolkit_elements()[ $tag ]['attributes'] ) as $name ) {
		$underscored = str_replace( '-', '_', $name );
		if ( isset( $attributes[ $name ] ) ) {
			$values[ $name ] = (string) $attributes[ $name ];
		} elseif ( isset( $attributes[ $underscored ] ) ) {
			$values[ $name ] = (string) $attributes[ $underscored ];
		}
	}
	return hhsrs_toolkit_element_html( $tag, $values, (int) get_the_ID() );
}

/**
 * The element's tag with its checked attributes, and its script queued for this page.
 *
 * @param string $tag     The element's tag.
 * @param array  $values  Attribute values as the editor gave them, by the element's attribute names.
 * @param int    $post_id The page it is on (0 outside any page), for the default storage key.
 */
function hhsrs_toolkit_element_html( $tag, $values, $post_id ) {
	$element  = hhsrs_toolkit_elements()[ $tag ];
	$council  = hhsrs_toolkit_council();
	$problems = array();
	$html     = '<' . $tag;
	$chosen   = array();
	foreach ( $element['attributes'] as $name => $spec ) {
		$given = isset( $values[ $name ] ) ? trim( $values[ $name ] ) : '';
		$value = hhsrs_toolkit_clean( $name, $spec, $given, $problems );
		if ( '' === $value && isset( $spec['setting'] ) ) {
			$value = $council[ $spec['setting'] ];
		}
		$chosen[ $name ] = $value;
	}
	if ( '' === $chosen['storage-key'] ) {
		$chosen['storage-key'] = hhsrs_toolkit_page_storage_key( $tag, $chosen, $post_id );
	}
	foreach ( $chosen as $name => $value ) {
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '></' . $tag . '>';
	hhsrs_toolkit_enqueue( $tag );
	return hhsrs_toolkit_problems_html( $tag, $problems ) . $html;
}

/**
 * One attribute's value, or '' (the element's own default) when it is empty or cannot be used; the reason is added
 * to $problems in words an editor can act on.
 *
 * @param string $name     The element's attribute name.
 * @param array  $spec     Its row in hhsrs_toolkit_elements().
 * @param string $given    What the editor gave.
 * @param array  $problems Reasons collected so far.
 */
function hhsrs_toolkit_clean( $name, $spec, $given, &$problems ) {
	if ( '' === $given ) {
		return '';
	}
	if ( isset( $spec['values'] ) ) {
		if ( in_array( $given, $spec['values'], true ) ) {
			return $given;
		}
		/* translators: 1: attribute name, 2: the allowed values, 3: what was given, 4: the value used instead. */
		$problems[] = sprintf(
			__( '%1$s must be %2$s, not "%3$s". Showing %4$s.', 'hhsrs-toolkit' ),
			$name,
			implode( __( ' or ', 'hhsrs-toolkit' ), $spec['values'] ),
			$given,
			$spec['default']
		);
		return '';
	}
	switch ( $spec['clean'] ) {
		case 'key':
			if ( preg_match( '/^[A-Za-z0-9][A-Za-z0-9:._-]{0,99}$/', $given ) ) {
				return $given;
			}
			/* translators: 1: attribute name, 2: what was given. */
			$problems[] = sprintf(
				__( '%1$s: use only letters, digits and : . _ - (100 at most), not "%2$s". Using the default.', 'hhsrs-toolkit' ),
				$name,
				$given
			);
			return '';
		case 'url':
			$url = hhsrs_toolkit_web_address( $given );
			if ( '' !== $url ) {
				return $url;
			}
			/* translators: 1: attribute name, 2: what was given. */
			$problems[] = sprintf(
				__( '%1$s must be a web address starting https://, not "%2$s". It is left out.', 'hhsrs-toolkit' ),
				$name,
				$given
			);
			return '';
		case 'date':
			if ( preg_match( '/^\d{4}-\d{2}-\d{2}$/', $given ) ) {
				return $given;
			}
			/* translators: 1: attribute name, 2: what was given. */
			$problems[] = sprintf(
				__( '%1$s must be a date written YYYY-MM-DD, not "%2$s". Today is used.', 'hhsrs-toolkit' ),
				$name,
				$given
			);
			return '';
		default:
			return mb_substr( sanitize_text_field( $given ), 0, 200 );
	}
}

/**
 * A web address as typed, or '' if it is not an http(s) address with a host name (no look-up: it is only shown).
 *
 * @param string $given What was typed.
 */
function hhsrs_toolkit_web_address( $given ) {
	$url = esc_url_raw( $given, array( 'https', 'http' ) );
	if ( '' === $url || ! filter_var( $url, FILTER_VALIDATE_URL ) ) {
		return '';
	}
	$host = wp_parse_url( $url, PHP_URL_HOST );
	return is_string( $host ) && false !== strpos( $host, '.' ) ? $url : '';
}

/**
 * The default storage key: the element's own default plus the page, so saved work on one page of the website is
 * not opened on another. A second copy of the same element on one page gets ":2", and so on.
 *
 * @param string $tag     The element's tag.
 * @param array  $chosen  The attributes chosen so far (the assessor's key depends on its mode, as without the plugin).
 * @param int    $post_id The page it is on; 0 keeps the element's own default.
 */
function hhsrs_toolkit_page_storage_key( $tag, $chosen, $post_id ) {
	static $used = array();
	$base = 'hhsrs-assessor' === $tag ? $tag . ':' . ( '' !== $chosen['mode'] ? $chosen['mode'] : 'tenant' ) : $tag;
	if ( $post_id <= 0 ) {
		return '';
	}
	$key           = $base . ':page-' . $post_id;
	$used[ $key ]  = isset( $used[ $key ] ) ? $used[ $key ] + 1 : 1;
	return $used[ $key ] > 1 ? $key . ':' . $used[ $key ] : $key;
}

/**
 * What could not be used, shown above the tool only to people who can edit posts (so visitors never see it).
 *
 * @param string $tag      The element's tag.
 * @param array  $problems Reasons from hhsrs_toolkit_clean().
 */
function hhsrs_toolkit_problems_html( $tag, $problems ) {
	if ( ! $problems || ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	/* translators: %s: the element's tag. */
	$title = sprintf( __( 'Only editors see this: the %s settings need changing', 'hhsrs-toolkit' ), $tag );
	$html  = '<div class="hhsrs-toolkit-problems" role="note"><p><strong>' . esc_html( $title ) . '</strong></p><ul>';
	foreach ( $problems as $problem ) {
		$html .= '<li>' . esc_html( $problem ) . '</li>';
	}
	return $html . '</ul></div>';
}
