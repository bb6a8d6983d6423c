'use client';
import { useEffect } from 'react';
import type { DoorLanguage } from '@/lib/checkin/display';
import { fill } from '@/lib/i18n/config';
import styles from './checkin.module.css';

/** A bookable session as a room door, its time and room already formatted by the server page. */
export interface RoomDoorOption {
  id: string;
  title: string;
  /** "10:30–12:00 Uhr · Raum Li 110" */
  where: string;
}

const storageKey = (eventId: string) => `tagungsbuero-door-${eventId}`;

/**
 * Restores the door chosen on this device (it stays set across reloads, offline too) and returns the setter that
 * remembers a new choice. A stored session that is no longer bookable falls back to the entrance.
 */
export function useDoorChoice(eventId: string, rooms: RoomDoorOption[], setDoor: (door: string | null) => void) {
  useEffect(() => {
    const stored = window.localStorage.getItem(storageKey(eventId));
    if (stored && rooms.some((r) => r.id === stored)) setDoor(stored);
  }, [eventId, rooms, setDoor]);
  return (door: string | null) => {
    setDoor(door);
    if (door) window.localStorage.setItem(storageKey(eventId), door);
    else window.localStorage.removeItem(storageKey(eventId));
  };
}

/** Chooses the door this device is used at: the event entrance or a workshop's room door. */
export function DoorChooser({
  rooms,
  door,
  onChange,
  language,
}: {
  rooms: RoomDoorOption[];
  door: string | null;
  onChange: (door: string | null) => void;
  language: DoorLanguage;
}) {
  const r = language.room;
  if (rooms.length === 0 || !r) return null;
  const current = rooms.find((room) => room.id === door);
  return (
    <div className={styles.doorChooser}>
      <div className="field">
        <label htmlFor="door-choice">{r.chooser.label}</label>
        <select
          id="door-choice"
          className="input"
          value={door ?? ''}
          onChange={(e) => onChange(e.target.value || null)}
          aria-describedby="door-choice-hint"
        >
          <option value="">{r.chooser.entrance}</option>
          {rooms.map((room) => (
            <option key={room.id} value={room.id}>
              {fill(r.chooser.room, { title: room.title })} ({room.where})
            </option>
          ))}
        </select>
        <span id="door-choice-hint" className="hint">
          {r.chooser.hint}
        </span>
      </div>
      {current && (
        <p className={styles.roomHeading} data-testid="room-door">
          <strong>{fill(r.heading, { title: current.title })}</strong>
          <span>{current.where}</span>
        </p>
      )}
    </div>
  );
}
