-- Card moves without a lock held across a round trip (apps/api/src/modules/cards/move-card.ts).
-- The server reads the card and the drop point without locks (read_move), computes the rank with
-- the domain's planMove, then calls move_cards_if_unchanged, which writes only if what was read still
-- holds. The moves of one board that arrive while its previous write is in flight are written
-- together, as one transaction with one WAL flush (move-batches.ts): a board's moves commit one
-- after another (its event seq is held until commit), so one flush per move capped them at the
-- disk's flush rate. No schema change: functions only.

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

-- What a move is planned from, as one jsonb value: the card (under the names of Prisma's Card
-- model), the target column (null if there is none), the cards at the drop point (move_window)
-- and the column's card count when it has a hard WIP limit. NULL when there is no such card or
-- the user is not a member of its team (the same 404).
CREATE FUNCTION read_move(p_card uuid, p_column uuid, p_kind text, p_anchor uuid, p_user uuid) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'card', jsonb_build_object('id', c.id, 'teamId', c.team_id, 'boardId', c.board_id, 'columnId', c.column_id,
      'sprintId', c.sprint_id, 'title', c.title, 'description', c.description, 'effort', c.effort,
      'labels', c.labels, 'dueDate', c.due_date, 'assignee', c.assignee, 'assigneeId', c.assignee_id,
      'rank', c.rank, 'version', c.version, 'blockedReason', c.blocked_reason, 'blockedAt', c.blocked_at,
      'columnEnteredAt', c.column_entered_at, 'shareable', c.shareable, 'sourceFeedbackId', c.source_feedback_id,
      'campaignId', c.campaign_id, 'archivedAt', c.archived_at, 'createdAt', c.created_at,
      'updatedAt', c.updated_at),
    'target', CASE WHEN k.id IS NOT NULL THEN jsonb_build_object('id', k.id, 'boardId', k.board_id,
      'name', k.name, 'wipLimit', k.wip_limit, 'wipHard', k.wip_hard) END,
    'window', CASE WHEN k.id IS NOT NULL THEN move_window(k.id, c.id, p_kind, p_anchor) ELSE '[]'::jsonb END,
    'wipCount', CASE WHEN k.wip_hard AND k.wip_limit IS NOT NULL
      THEN (SELECT count(*) FROM cards n WHERE n.column_id = k.id) END)
  FROM cards c LEFT JOIN columns k ON k.id = p_column
  WHERE c.id = p_card
    AND EXISTS (SELECT 1 FROM memberships m WHERE m.team_id = c.team_id AND m.user_id = p_user)
$$;

-- Writes each planned move of one board whose reading (read_move) still holds: the card's
-- version (and the card still on this board, the user still a member of its team), the target
-- column's WIP settings, the cards at the drop point, and the column's card count when a hard WIP
-- limit was checked. p_moves is an array of
--   {card, user, version, column, wipLimit, wipHard, wipCount, kind, anchor, window, rank,
--    enteredAt, at, event}
-- in the order to apply them. Answers one element per move: {"seq": n}, the seq of its event, or
-- {"stale": read_move(...)} when something it was planned from has changed: that move is not
-- written, and what it reads now (after the whole batch) comes back to re-plan from.
--
-- Each statement of a VOLATILE function takes a fresh snapshot and sees the earlier moves of the
-- batch, so a drop point is checked after its column is locked and every move before it has
-- committed or been written: two moves into one column never compute the same key. Rows are
-- locked in one order (cards, then columns, then the board, each by id), as single moves lock
-- them, so concurrent batches do not deadlock each other. The locks are held until the commit
-- that ends the caller's statement (or transaction): seqs stay gap-free and in commit order, and
-- the NOTIFY (one per batch, the last seq) is delivered only if the moves commit.
CREATE FUNCTION move_cards_if_unchanged(p_board uuid, p_moves jsonb, p_channel text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  m jsonb;
  i int;
  written int[] := '{}';
  seqs int[] := array_fill(NULL::int, ARRAY[jsonb_array_length(p_moves)]);
  last_seq int;
BEGIN
  PERFORM 1 FROM cards
  WHERE id IN (SELECT (e->>'card')::uuid FROM jsonb_array_elements(p_moves) e) ORDER BY id FOR UPDATE;
  -- Serialises writers of ranks into these columns.
  PERFORM 1 FROM columns
  WHERE id IN (SELECT (e->>'column')::uuid FROM jsonb_array_elements(p_moves) e) ORDER BY id FOR UPDATE;

  FOR m, i IN SELECT e, n::int FROM jsonb_array_elements(p_moves) WITH ORDINALITY AS x(e, n) LOOP
    PERFORM 1 FROM cards c
    WHERE c.id = (m->>'card')::uuid AND c.version = (m->>'version')::int AND c.board_id = p_board
      AND EXISTS (SELECT 1 FROM memberships s WHERE s.team_id = c.team_id AND s.user_id = (m->>'user')::uuid);
    CONTINUE WHEN NOT FOUND;
    PERFORM 1 FROM columns
    WHERE id = (m->>'column')::uuid AND wip_limit IS NOT DISTINCT FROM (m->>'wipLimit')::int
      AND wip_hard = (m->>'wipHard')::boolean;
    CONTINUE WHEN NOT FOUND;
    CONTINUE WHEN move_window((m->>'column')::uuid, (m->>'card')::uuid, m->>'kind', (m->>'anchor')::uuid)
      <> m->'window';
    CONTINUE WHEN m->>'wipCount' IS NOT NULL
      AND (SELECT count(*) FROM cards WHERE column_id = (m->>'column')::uuid) <> (m->>'wipCount')::int;
    UPDATE cards SET column_id = (m->>'column')::uuid, rank = m->>'rank', version = (m->>'version')::int + 1,
      column_entered_at = (m->>'enteredAt')::timestamptz, updated_at = (m->>'at')::timestamptz
    WHERE id = (m->>'card')::uuid;
    written := written || i;
  END LOOP;

  IF cardinality(written) > 0 THEN
    UPDATE boards SET event_seq = event_seq + cardinality(written) WHERE id = p_board
    RETURNING event_seq INTO last_seq;
    FOR i IN 1 .. cardinality(written) LOOP
      seqs[written[i]] := last_seq - cardinality(written) + i;
    END LOOP;
    INSERT INTO board_events (board_id, seq, type, payload)
    SELECT p_board, seqs[w.i], p_moves->(w.i - 1)->'event'->>'type',
      (p_moves->(w.i - 1)->'event') || jsonb_build_object('seq', seqs[w.i])
    FROM unnest(written) AS w(i);
    IF p_channel IS NOT NULL THEN
      PERFORM pg_notify(p_channel, p_board::text || ':' || last_seq::text);
    END IF;
  END IF;

  RETURN (
    SELECT jsonb_agg(CASE WHEN seqs[x.n] IS NOT NULL THEN jsonb_build_object('seq', seqs[x.n])
      ELSE jsonb_build_object('stale', read_move((x.e->>'card')::uuid, (x.e->>'column')::uuid, x.e->>'kind',
        (x.e->>'anchor')::uuid, (x.e->>'user')::uuid)) END ORDER BY x.n)
    FROM jsonb_array_elements(p_moves) WITH ORDINALITY AS x(e, n)
  );
END
$$;
