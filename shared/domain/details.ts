// The per-kind detail blocks of a node, with the empty value each starts from. A block appears on
// a node the first time one of its fields is set.

import type {
  ChannelDetails,
  CommunityDetails,
  EventDetails,
  OrganisationDetails,
  PersonDetails,
  StakeNode,
} from './types';

export const EMPTY_PERSON: PersonDetails = {
  role: '',
  email: '',
  phone: '',
  involvement: null,
  doNotContact: false,
};

export const EMPTY_ORGANISATION: OrganisationDetails = { type: null, website: '' };
export const EMPTY_COMMUNITY: CommunityDetails = { scope: null, platformLink: '' };
export const EMPTY_EVENT: EventDetails = { start: null, end: null, location: '', status: null };
export const EMPTY_CHANNEL: ChannelDetails = { type: null, link: '' };

export function personOf(node: StakeNode): PersonDetails {
  return node.person ?? EMPTY_PERSON;
}
export function organisationOf(node: StakeNode): OrganisationDetails {
  return node.organisation ?? EMPTY_ORGANISATION;
}
export function communityOf(node: StakeNode): CommunityDetails {
  return node.community ?? EMPTY_COMMUNITY;
}
export function eventOf(node: StakeNode): EventDetails {
  return node.event ?? EMPTY_EVENT;
}
export function channelOf(node: StakeNode): ChannelDetails {
  return node.channel ?? EMPTY_CHANNEL;
}
