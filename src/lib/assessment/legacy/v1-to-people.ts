/** Format 1 (one anonymous assessment) as a people list: the earlier calculator's ratings become one person. */
import { newPerson } from '../../calculator/people';
import { PEOPLE_VERSION, type People } from '../people-format';
import type { V1Assessment } from './v1-assessment';

export function peopleFromV1(state: V1Assessment, name = 'My assessment', now = new Date()): People {
  return { version: PEOPLE_VERSION, track: state.track, people: [newPerson(name, state.raters, now)] };
}
