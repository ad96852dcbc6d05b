# trim-debug.awk - keeps a plutodebug=all log reasonable for the corpus.
#
# Every plain line stays.  Of the debug ("| ") lines it drops reference
# counting, hash-table and memory bookkeeping, crypto and timing noise, and
# hex dumps, except the hex line after "TS IP start" / "TS IP end" (the
# traffic selector itself).  The kept lines are unchanged, in order: the log
# is a subset of what pluto wrote, not a rewrite.
#
# usage: awk -f trim-debug.awk pluto.log > trimmed.log
{
	i = index($0, ": | ")
	if (i == 0) { print; label = 0; next }
	t = substr($0, i + 4)
	if (t ~ /^  +[0-9a-f][0-9a-f] /) {          # a hex dump line
		if (label) print
		label = 0
		next
	}
	label = (t ~ /^TS IP (start|end)/)
	# dump fields no reader needs (framing), Vendor ID dumps, the start-up state tables
	if (t ~ /^   (next payload type|length|flags: none|SPI size|spi size|number of transforms|# transforms|reserved|last transform|last proposal|ISAKMP transform number|ESP transform number|IKEv2 transform number|transform number|prop #|proposal number|DOI|IPsec DOI SIT|critical bit|start port|end port|IP Protocol ID|Protocol ID|initiator SPI|responder SPI|initiator cookie|responder cookie|message ID|Message ID):/) next
	if (t ~ /^\*+(parse|emit) ISAKMP Vendor ID|^\*+(parse|emit) IKEv2 Vendor ID|Vendor ID payload|^    +[0-9]+ transitions|^    +-> |^        |interface endpoint|^  matches:|^  found |^xfrm:|^processing payload|^Now let.s proceed|^  host_pair|^rhc:|^ts:  |^ts:$|^netlink|^kernel|^global|^   [a-z_]+: [0-9]|^state #[0-9]+ requesting|^#[0-9]+ (is idle|idle|deleting EVENT|will |updating)/) next
	if (t ~ /(newref|addref|delref|hash_table_entries|FOR_EACH|symkey|-key@|key-key@|spent [0-9]|releasing whack|suspend:|Message ID: |^job [0-9]|helper [0-9]|timer_event_cb|event_schedule|inserting event|CAVP|NSS|nss|crypt|PRF|prf|chunk|IV |lsw_get_secret|compared key|best_match|match=|0x[0-9a-f]{6,}|^next payload chain|^last substructure|^emitting|^parsing [0-9]+ raw|^got payload|^      obj:|looking for transition|trying: |matching by|exchange type does not match|^ *[A-Z_0-9]+_[IR][0-9]*: category|^ *[a-z_]+: .*flags|Vendor ID .* clash|^pstats|ike_alg|^connection .* skipping|hmac|digest|hash|keymat|skeyid|SKEYID|g\^|DH |dh |nonce|Nonce|cookie|\(in [a-z_]+\(\) at )/) next
	print
}
