/**
 * Builds Trello board exports shaped like the real thing (ids, pos, closed flags, labels with
 * colours, checklists, comment actions newest first, attachments and plugin data we must ignore).
 * Shared by the domain and API import tests.
 */
export function trelloExport(options: { cards?: number } = {}) {
  const count = options.cards ?? 12;
  const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(22, '0')}`;
  const labels = [
    { id: id('lab', 1), idBoard: 'b1', name: 'Social 📣', color: 'green' },
    { id: id('lab', 2), idBoard: 'b1', name: 'Urgent', color: 'red' },
    { id: id('lab', 3), idBoard: 'b1', name: '', color: 'purple' },
  ];
  const lists = [
    { id: id('lst', 1), name: 'Ideas', closed: false, pos: 16384 },
    { id: id('lst', 2), name: 'Doing', closed: false, pos: 32768 },
    { id: id('lst', 3), name: 'Old stuff', closed: true, pos: 8192 },
    { id: id('lst', 4), name: 'Done ✅', closed: false, pos: 65536 },
  ];
  const members = [
    { id: id('mem', 1), fullName: 'Zoë Martín', username: 'zoe' },
    // Some exports carry the email (boards of one's own workspace); matched before the name.
    { id: id('mem', 2), fullName: 'Sam R.', username: 'samr', email: 'Sam@Team.example' },
    { id: id('mem', 3), fullName: 'Outside Agency', username: 'agency42' },
    // On no card: not offered for matching.
    { id: id('mem', 4), fullName: 'Idle Person', username: 'idle' },
  ];
  const membersOf = (i: number) =>
    i === 0 ? [members[0]!.id] : i === 1 ? [members[1]!.id] : i === 4 ? [members[2]!.id, members[0]!.id] : [];
  const cards = Array.from({ length: count }, (_, i) => ({
    id: id('crd', i + 1),
    name: i === 0 ? 'Café launch – naïve “quotes” 🚀' : `Card ${i + 1}`,
    desc: i === 0 ? 'Line one\n**markdown** stays as text <b>not html</b>' : '',
    closed: i % 10 === 9,
    idList: lists[i % 4 === 3 ? 3 : i % 3]!.id,
    // Trello positions are floats; the export is not in position order.
    pos: (count - i) * 1024.5,
    due: i === 0 ? '2026-12-24T17:00:00.000Z' : null,
    idLabels: i === 0 ? [labels[0]!.id, labels[1]!.id, labels[2]!.id] : [],
    idMembers: membersOf(i),
    idChecklists: i === 0 ? [id('chk', 1)] : [],
    attachments: [{ id: 'att1', url: 'https://trello.com/file.png', bytes: 1234 }],
    pluginData: [{ value: '{"x":1}' }],
    badges: { comments: i === 0 ? 2 : 0 },
  }));
  const checklists = [
    {
      id: id('chk', 1),
      idCard: cards[0]!.id,
      name: 'Before launch',
      pos: 1,
      checkItems: [
        { id: 'ci2', name: 'Schedule posts', state: 'incomplete', pos: 2 },
        { id: 'ci1', name: 'Write copy', state: 'complete', pos: 1 },
      ],
    },
  ];
  const actions = [
    {
      id: 'act2',
      type: 'commentCard',
      date: '2026-11-02T10:00:00.000Z',
      data: { text: 'Second =SUM(A1) comment', card: { id: cards[0]!.id } },
      idMemberCreator: members[0]!.id,
      memberCreator: { id: members[0]!.id, fullName: 'Zoë Martín', username: 'zoe' },
    },
    {
      id: 'act1',
      type: 'commentCard',
      date: '2026-11-01T09:00:00.000Z',
      data: { text: 'First comment', card: { id: cards[0]!.id } },
      memberCreator: { fullName: '', username: 'bob' },
    },
    { id: 'act0', type: 'updateCard', date: '2026-10-01T00:00:00.000Z', data: { card: { id: cards[0]!.id } } },
  ];
  return { id: 'b1', name: 'Marketing Q4 ✨', lists, cards, labels, members, checklists, actions, prefs: {} };
}
