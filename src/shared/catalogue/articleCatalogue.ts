/**
 * The reference catalogue the compare view and the article template use: the default owner of each
 * activity as stated by one article on product vs project managers. Rationales are the app's own
 * paraphrase. The article says nothing about Consulted or Informed; `suggested` letters are this
 * product's suggestions, must be labelled as such, and never count towards a score.
 */
import type { Letter } from '../domain/board';

export const ARTICLE_SOURCE = {
  title: 'Product Manager vs. Project Manager: what\'s the difference?',
  publisher: 'Outcry',
  /** ISO date of publication. */
  date: '2020-05-18',
} as const;

export type CatalogueRoleId = 'product-manager' | 'project-manager';

/** The article's four questions. */
export type CatalogueQuestion = 'What' | 'Why' | 'When' | 'How';

/** The article's headings, by the short codes used in the catalogue. */
export type CatalogueSectionCode = 'W' | 'S' | 'C' | 'K';

export const CATALOGUE_SECTIONS: Readonly<Record<CatalogueSectionCode, string>> = {
  W: "The W's",
  S: 'Strategic vs. technical',
  C: 'Continuous product improvement',
  K: 'Communication with stakeholders',
};

export interface CatalogueRole {
  readonly id: CatalogueRoleId;
  readonly name: string;
  /**
   * Other lane names a team gives the same role, matched case-, space-, punctuation- and
   * accent-insensitively. "PM" is deliberately absent: it names either role.
   */
  readonly aliases: readonly string[];
  /** The app's one-line summary of the role in the article. */
  readonly summary: string;
  readonly colour: string;
}

export const CATALOGUE_ROLES: readonly CatalogueRole[] = [
  {
    id: 'product-manager',
    name: 'Product manager',
    aliases: ['Product management', 'Product owner', 'Product lead', 'Head of product'],
    summary: 'Decides the what and the why: where the product goes, for its customers and market.',
    colour: '#6d4fd8',
  },
  {
    id: 'project-manager',
    name: 'Project manager',
    aliases: ['Project management', 'Project lead', 'Delivery manager', 'Delivery lead'],
    summary: 'Decides the when and the how: turns the plan into delivery on time and on budget.',
    colour: '#1f8a70',
  },
];

export interface CatalogueSuggestion {
  readonly roleId: CatalogueRoleId;
  readonly letter: Extract<Letter, 'C' | 'I'>;
}

export interface CatalogueActivity {
  readonly id: string;
  readonly title: string;
  /**
   * Other titles a team would give the same activity on a board it built itself ("Schedule" for
   * the timeline). Matched like titles, after them; no alias repeats another activity's title or alias.
   */
  readonly aliases: readonly string[];
  /** Accountable and Responsible in the default board. */
  readonly owner: CatalogueRoleId;
  readonly question: CatalogueQuestion;
  readonly sections: readonly CatalogueSectionCode[];
  /** Why the article gives this owner, in the app's own words. */
  readonly rationale: string;
  /** Not from the article: the product's suggested C/I letters. */
  readonly suggested: readonly CatalogueSuggestion[];
}

export const CATALOGUE_ACTIVITIES: readonly CatalogueActivity[] = [
  {
    id: 'vision',
    title: 'Product vision',
    aliases: ['Vision', 'Product definition', 'Define the product', 'Value proposition'],
    owner: 'product-manager',
    question: 'What',
    sections: ['W'],
    rationale: 'The product manager lays out the complete picture of what the product is.',
    suggested: [{ roleId: 'project-manager', letter: 'I' }],
  },
  {
    id: 'market-need',
    title: 'Why the market needs it',
    aliases: ['Market need', 'Business case', 'Why build it', 'Product rationale'],
    owner: 'product-manager',
    question: 'Why',
    sections: ['W'],
    rationale: 'Arguing why the product should exist in the market is the product side\'s question.',
    suggested: [{ roleId: 'project-manager', letter: 'I' }],
  },
  {
    id: 'launch-benefits',
    title: 'Launch benefits',
    aliases: ['Benefits at launch', 'Launch value', 'Product benefits'],
    owner: 'product-manager',
    question: 'What',
    sections: ['W'],
    rationale: 'Defining what the product brings to the market at introduction is part of the product vision.',
    suggested: [{ roleId: 'project-manager', letter: 'I' }],
  },
  {
    id: 'user-needs',
    title: 'User needs and new ideas',
    aliases: ['User needs', 'User research', 'Customer needs', 'New ideas', 'Innovation'],
    owner: 'product-manager',
    question: 'Why',
    sections: ['W'],
    rationale: 'Learning what users need, and bringing fresh ideas back to the people who build, falls to the product manager.',
    suggested: [{ roleId: 'project-manager', letter: 'C' }],
  },
  {
    id: 'customer-tradeoffs',
    title: 'Customer-driven trade-offs',
    aliases: ['Trade-offs', 'Product trade-offs', 'Prioritisation', 'Prioritization', 'Product decisions'],
    owner: 'product-manager',
    question: 'Why',
    sections: ['S'],
    rationale: 'Hard product choices are made by the product manager, from customers\' needs.',
    suggested: [{ roleId: 'project-manager', letter: 'C' }],
  },
  {
    id: 'department-alignment',
    title: 'Keep departments aligned on the product',
    aliases: ['Department alignment', 'Cross-department alignment', 'Keep departments in sync', 'Internal alignment'],
    owner: 'product-manager',
    question: 'Why',
    sections: ['S'],
    rationale: 'The product manager keeps the relevant departments in step with the product idea.',
    suggested: [{ roleId: 'project-manager', letter: 'C' }],
  },
  {
    id: 'marketing',
    title: 'Marketing strategy',
    aliases: ['Marketing', 'Marketing plan', 'Product marketing', 'Go-to-market', 'Go-to-market strategy', 'GTM'],
    owner: 'product-manager',
    question: 'What',
    sections: ['S'],
    rationale: 'Marketing and the product\'s strategic development sit with the product manager.',
    suggested: [{ roleId: 'project-manager', letter: 'I' }],
  },
  {
    id: 'market-gaps',
    title: 'Market gap analysis',
    aliases: ['Market gaps', 'Gap analysis', 'Market analysis', 'Market research'],
    owner: 'product-manager',
    question: 'Why',
    sections: ['S'],
    rationale: 'Finding gaps in the market is a strategic, product-side task.',
    suggested: [{ roleId: 'project-manager', letter: 'I' }],
  },
  {
    id: 'customer-feedback',
    title: 'Customer feedback loop',
    aliases: ['Customer feedback', 'User feedback', 'Feedback', 'Gather feedback'],
    owner: 'product-manager',
    question: 'Why',
    sections: ['S', 'C'],
    rationale: 'The product manager gathers customer feedback and uses it to keep improving the product.',
    suggested: [{ roleId: 'project-manager', letter: 'I' }],
  },
  {
    id: 'post-launch-campaigns',
    title: 'Post-launch marketing campaigns',
    aliases: ['Marketing campaigns', 'Campaigns', 'Post-launch marketing', 'Post-launch campaigns'],
    owner: 'product-manager',
    question: 'What',
    sections: ['C'],
    rationale: 'After launch the product manager keeps campaigns running so that sales grow.',
    suggested: [{ roleId: 'project-manager', letter: 'I' }],
  },
  {
    id: 'competition',
    title: 'Respond to market competition',
    aliases: ['Competition', 'Competitors', 'Competitor analysis', 'Competitive analysis'],
    owner: 'product-manager',
    question: 'Why',
    sections: ['C'],
    rationale: 'Post-launch decisions follow customer feedback and what competitors do.',
    suggested: [{ roleId: 'project-manager', letter: 'I' }],
  },
  {
    id: 'industry-events',
    title: 'Industry events',
    aliases: ['Events', 'Conferences', 'Trade shows'],
    owner: 'product-manager',
    question: 'What',
    sections: ['C'],
    rationale: 'Attending industry events is listed among the product manager\'s post-launch work.',
    suggested: [{ roleId: 'project-manager', letter: 'I' }],
  },
  {
    id: 'usability-tests',
    title: 'Usability testing',
    aliases: ['Usability tests', 'User testing', 'Usability'],
    owner: 'product-manager',
    question: 'What',
    sections: ['C'],
    rationale: 'Running usability tests is part of the product manager\'s continuing work.',
    suggested: [{ roleId: 'project-manager', letter: 'C' }],
  },
  {
    id: 'sales-alignment',
    title: 'Align with marketing and sales',
    aliases: ['Sales alignment', 'Sales and marketing alignment', 'Marketing and sales alignment', 'Sales enablement'],
    owner: 'product-manager',
    question: 'Why',
    sections: ['C'],
    rationale: 'The product manager meets marketing and sales so that goals match and the product keeps cross-team support.',
    suggested: [{ roleId: 'project-manager', letter: 'I' }],
  },
  {
    id: 'stakeholder-pitch',
    title: 'Stakeholder investment pitch',
    aliases: ['Pitch to stakeholders', 'Stakeholder pitch', 'Stakeholder pitches', 'Investor pitch', 'Pitch', 'Fundraising'],
    owner: 'product-manager',
    question: 'Why',
    sections: ['K'],
    rationale: 'Winning investment from stakeholders is the product manager\'s job, backed by expected returns, income, share of the market and how well known the brand becomes.',
    suggested: [{ roleId: 'project-manager', letter: 'C' }],
  },
  {
    id: 'execution-timing',
    title: 'When to execute',
    aliases: ['Timing', 'Execution timing', 'Release timing'],
    owner: 'project-manager',
    question: 'When',
    sections: ['W'],
    rationale: 'Choosing the best time to carry the project out is the project side\'s question.',
    suggested: [{ roleId: 'product-manager', letter: 'C' }],
  },
  {
    id: 'execution-plan',
    title: 'How to execute',
    aliases: ['Execution plan', 'Project plan', 'Delivery plan', 'Execution'],
    owner: 'project-manager',
    question: 'How',
    sections: ['W'],
    rationale: 'Working out how the project gets done is the project manager\'s question.',
    suggested: [{ roleId: 'product-manager', letter: 'C' }],
  },
  {
    id: 'lifecycle',
    title: 'Project lifecycle',
    aliases: ['Lifecycle', 'Delivery lifecycle'],
    owner: 'project-manager',
    question: 'When',
    sections: ['W'],
    rationale: 'Timing covers the whole lifecycle of delivering the product.',
    suggested: [{ roleId: 'product-manager', letter: 'I' }],
  },
  {
    id: 'milestones',
    title: 'Milestones',
    aliases: ['Milestone', 'Milestone tracking', 'Meet milestones'],
    owner: 'project-manager',
    question: 'When',
    sections: ['S'],
    rationale: 'Hitting each milestone on its date is on the project manager.',
    suggested: [{ roleId: 'product-manager', letter: 'I' }],
  },
  {
    id: 'timeline',
    title: 'Timeline and schedule',
    aliases: ['Timeline', 'Timelines', 'Schedule', 'Scheduling', 'Project schedule', 'Deadlines'],
    owner: 'project-manager',
    question: 'When',
    sections: ['W', 'S'],
    rationale: 'Finishing on schedule, with every deadline held, is the project manager\'s responsibility.',
    suggested: [{ roleId: 'product-manager', letter: 'I' }],
  },
  {
    id: 'budget',
    title: 'Budget',
    aliases: ['Costs', 'Budgeting', 'Budget management', 'Cost control', 'Project budget'],
    owner: 'project-manager',
    question: 'How',
    sections: ['W', 'S'],
    rationale: 'Managing the budget and keeping to it belongs to the project manager.',
    suggested: [{ roleId: 'product-manager', letter: 'C' }],
  },
  {
    id: 'team-coordination',
    title: 'Coordinate the delivery team',
    aliases: ['Team coordination', 'Coordinate the team', 'Team management', 'Resource management', 'Resourcing'],
    owner: 'project-manager',
    question: 'How',
    sections: ['S'],
    rationale: 'Everyone working on the delivery, from designers to developers, takes direction from the project manager.',
    suggested: [{ roleId: 'product-manager', letter: 'I' }],
  },
  {
    id: 'build-to-requirements',
    title: 'Build to the requirements',
    aliases: ['Requirements', 'Build to requirements', 'Build the product', 'Development', 'Delivery'],
    owner: 'project-manager',
    question: 'How',
    sections: ['C'],
    rationale: 'The project manager coordinates engineers and product and technical staff so that what gets built matches the requirements.',
    suggested: [{ roleId: 'product-manager', letter: 'C' }],
  },
  {
    id: 'stakeholder-expectations',
    title: 'Stakeholder expectations during delivery',
    aliases: ['Stakeholder expectations', 'Stakeholder management', 'Stakeholder updates', 'Status reporting', 'Status reports'],
    owner: 'project-manager',
    question: 'How',
    sections: ['K'],
    rationale: 'While the product is being built, the project manager manages what stakeholders expect and reports on the outcome.',
    suggested: [{ roleId: 'product-manager', letter: 'I' }],
  },
  {
    id: 'project-closure',
    title: 'Close the project at launch',
    aliases: ['Project closure', 'Close the project', 'Close-out', 'Handover'],
    owner: 'project-manager',
    question: 'When',
    sections: ['C'],
    rationale: 'With the product launched, the project manager\'s work is done and they move to the next project.',
    suggested: [{ roleId: 'product-manager', letter: 'I' }],
  },
];
