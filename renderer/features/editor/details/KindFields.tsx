// The fields that belong to the node's kind; networks have no fields of their own.

import type { StakeNode } from '@shared/domain/types';
import type { NodeUpdate } from '../../../data/nodeRepository';
import { ChannelFields } from './ChannelFields';
import { CommunityFields } from './CommunityFields';
import { EventFields } from './EventFields';
import { OrganisationFields } from './OrganisationFields';
import { PersonFields } from './PersonFields';

interface KindFieldsProps {
  node: StakeNode;
  save(update: NodeUpdate): Promise<boolean>;
}

export function KindFields({ node, save }: KindFieldsProps) {
  switch (node.kind) {
    case 'person':
      return <PersonFields node={node} save={save} />;
    case 'organisation':
      return <OrganisationFields node={node} save={save} />;
    case 'community':
      return <CommunityFields node={node} save={save} />;
    case 'event':
      return <EventFields node={node} save={save} />;
    case 'channel':
      return <ChannelFields node={node} save={save} />;
    case 'network':
      return null;
  }
}
