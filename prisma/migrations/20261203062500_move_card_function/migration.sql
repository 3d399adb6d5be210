-- Card moves as one statement in its own transaction (apps/api/src/modules/cards/move-card.ts).
-- The server reads the card and the drop point without locks, computes the rank with the
-- domain's planMove, then calls move_card_if_unchanged, which writes only if what was read still
-- holds. No schema change: functions only.

-- The cards of a column planMove needs for one drop point (the domain's selectWindow, by the
-- (column_id, rank) index): at most two, never the moved card, as [{"id", "rank"}] in rank order.
-- Kinds: 'first', 'last', 'after' (the anchor and the card below it), 'before' (the anchor and
-- the card above it). An anchor not in the column gives [] (planMove then reports it).
CREATE FUNCTION move_window(p_column uuid, p_card uuid, p_kind text, p_anchor uuid) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
  anchor_rank text;
  picked jsonb;
BEGIN
  IF p_kind IN ('after', 'before') THEN
    SELECT rank INTO anchor_rank FROM cards WHERE id = p_anchor AND column_id = p_column;
    IF NOT FOUND THEN
      RETURN '[]'::jsonb;
    END IF;
  END IF;
  IF p_kind = 'first' THEN
    SELECT jsonb_agg(jsonb_build_object('id', w.id, 'rank', w.rank) ORDER BY w.rank) INTO picked FROM (
      SELECT id, rank FROM cards WHERE column_id = p_column AND id <> p_card ORDER BY rank LIMIT 1) w;
  ELSIF p_kind = 'last' THEN
    SELECT jsonb_agg(jsonb_build_object('id', w.id, 'rank', w.rank) ORDER BY w.rank) INTO picked FROM (
      SELECT id, rank FROM cards WHERE column_id = p_column AND id <> p_card ORDER BY rank DESC LIMIT 1) w;
  ELSIF p_kind = 'after' THEN
    SELECT jsonb_agg(jsonb_build_object('id', w.id, 'rank', w.rank) ORDER BY w.rank) INTO picked FROM (
      SELECT id, rank FROM cards WHERE column_id = p_column AND id <> p_card AND rank >= anchor_rank
      ORDER BY rank LIMIT 2) w;
  ELSIF p_kind = 'before' THEN
    SELECT jsonb_agg(jsonb_build_object('id', w.id, 'rank', w.rank) ORDER BY w.rank) INTO picked FROM (
      SELECT id, rank FROM cards WHERE column_id = p_column AND id <> p_card AND rank <= anchor_rank
      ORDER BY rank DESC LIMIT 2) w;
  ELSE
    RAISE EXCEPTION 'unknown move window kind %', p_kind;
  END IF;
  RETURN coalesce(picked, '[]'::jsonb);
END
$$;

-- Writes a planned move if nothing it was planned from has changed: the card (its version, and
-- the caller still a member of its team), the target column's WIP settings, the cards at the drop
-- point, and the column's card count when a hard WIP limit was checked. Returns the event's seq,
-- or NULL when something changed (nothing is written; the caller reads again and re-plans).
--
-- Each statement of a VOLATILE function takes a fresh snapshot, so the drop point is read after
-- the column lock is granted and sees every move that committed before it: two moves into one
-- column never compute the same key. The card, column and board locks are held until the commit
-- that ends the caller's statement (or its transaction), so seqs stay gap-free and in commit
-- order, and the NOTIFY is delivered only if the move commits.
CREATE FUNCTION move_card_if_unchanged(
  p_card uuid, p_user uuid, p_version int,
  p_column uuid, p_wip_limit int, p_wip_hard boolean, p_wip_count int,
  p_kind text, p_anchor uuid, p_window jsonb,
  p_rank text, p_entered_at timestamptz, p_at timestamptz,
  p_event jsonb, p_channel text
) RETURNS int
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  board uuid;
  next_seq int;
BEGIN
  SELECT c.board_id INTO board FROM cards c
  WHERE c.id = p_card AND c.version = p_version
    AND EXISTS (SELECT 1 FROM memberships m WHERE m.team_id = c.team_id AND m.user_id = p_user)
  FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  -- Serialises writers of ranks into this column.
  PERFORM 1 FROM columns
  WHERE id = p_column AND wip_limit IS NOT DISTINCT FROM p_wip_limit AND wip_hard = p_wip_hard
  FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  IF move_window(p_column, p_card, p_kind, p_anchor) <> p_window THEN
    RETURN NULL;
  END IF;
  IF p_wip_count IS NOT NULL AND (SELECT count(*) FROM cards WHERE column_id = p_column) <> p_wip_count THEN
    RETURN NULL;
  END IF;

  UPDATE cards SET column_id = p_column, rank = p_rank, version = p_version + 1,
    column_entered_at = p_entered_at, updated_at = p_at
  WHERE id = p_card;
  UPDATE boards SET event_seq = event_seq + 1 WHERE id = board RETURNING event_seq INTO next_seq;
  INSERT INTO board_events (board_id, seq, type, payload)
  VALUES (board, next_seq, p_event->>'type', p_event || jsonb_build_object('seq', next_seq));
  IF p_channel IS NOT NULL THEN
    PERFORM pg_notify(p_channel, board::text || ':' || next_seq::text);
  END IF;
  RETURN next_seq;
END
$$;
