// The door screen set to a session: the room door, its counters and verdicts (owner: door helper).
export const roomDoor = {
  chooser: {
    label: 'Tür dieses Geräts',
    entrance: 'Einlass der Veranstaltung',
    room: 'Raumtür: {title}',
    hint: 'An einer Raumtür kommen nur Personen hinein, die diesen Workshop gebucht haben; ihr Check-in gilt zugleich für die Veranstaltung.',
  },
  heading: 'Raumtür: {title}',
  where: '{time} · {room}',
  counter: '{checked} von {total} Buchungen eingecheckt',
  result: {
    notBooked: 'Nicht für diesen Workshop gebucht',
    notBookedDetail: 'Kein Einlass in diesen Raum. Bitte zum gebuchten Workshop oder ins Tagungsbüro schicken.',
    online: 'Online-Teilnahme – kein Einlass',
    onlineDetail: 'Diese Person ist für die Online-Teilnahme angemeldet. Bitte ins Tagungsbüro schicken.',
  },
  conflicts: {
    notBooked: 'an einer Raumtür eingelassen, aber nicht für diesen Workshop gebucht',
    online: 'für die Online-Teilnahme angemeldet',
  },
  search: {
    notBooked: 'Nicht gebucht',
    online: 'Online-Teilnahme',
    booked: 'Gebucht, noch nicht eingecheckt',
  },
};

export type RoomDoorTexts = typeof roomDoor;
