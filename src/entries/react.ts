/**
 * React wrappers of the elements, made with `@lit/react`: element properties become props (set as
 * properties, so objects such as `data` pass intact) and the `ipr-*` events become `onIpr…` props.
 * React itself is not bundled: it is the consumer's, a peer dependency. The elements come from the
 * package's own subpaths, so a page that also uses the tags directly loads them once.
 */
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import type * as ReactTypes from 'react';
import { IprChart as IprChartElement, type IprDownloadDetail } from 'ip-report-widgets/chart';
import { IprReport as IprReportElement } from 'ip-report-widgets/report';
import { IprStatCard as IprStatCardElement } from 'ip-report-widgets/stat-card';
import type { IprErrorDetail } from '../internal/ipr-element.js';

/** Handlers of the events of `<ipr-stat-card>`. */
export interface IprStatCardEvents {
  /** Input was bad; the card shows its error state or a fallback. */
  onIprError?: (event: CustomEvent<IprErrorDetail>) => void;
}

/** Handlers of the events of `<ipr-chart>`. */
export interface IprChartEvents {
  /** Input was bad; the chart shows its error state or a notice. */
  onIprError?: (event: CustomEvent<IprErrorDetail>) => void;
  /** The chart has drawn. */
  onIprReady?: (event: Event) => void;
  /** A PNG or CSV is about to download; `preventDefault()` to save it your own way. */
  onIprDownload?: (event: CustomEvent<IprDownloadDetail>) => void;
}

/** Handlers of the events of `<ipr-report>`. */
export interface IprReportEvents {
  /** An unknown name in `sections`; the report leaves it out. */
  onIprError?: (event: CustomEvent<IprErrorDetail>) => void;
}

/**
 * Props of a wrapper: the element's own properties (typed as on the element, so a wrong `metric`
 * or `chart` id is a type error), React's HTML attributes, and the event handlers.
 */
export type WrapperProps<E extends HTMLElement, Events> = Partial<Omit<E, keyof HTMLElement>> &
  Omit<ReactTypes.HTMLAttributes<E>, keyof Events | keyof Omit<E, keyof HTMLElement>> &
  Events &
  ReactTypes.RefAttributes<E>;

/** A React component that renders the element. */
export type Wrapper<E extends HTMLElement, Events> = ReactTypes.ForwardRefExoticComponent<
  WrapperProps<E, Events>
>;

/** `<ipr-stat-card>` as a React component. */
export const IprStatCard: Wrapper<IprStatCardElement, IprStatCardEvents> = createComponent({
  react: React,
  tagName: 'ipr-stat-card',
  elementClass: IprStatCardElement,
  events: {
    onIprError: 'ipr-error' as EventName<CustomEvent<IprErrorDetail>>,
  },
  displayName: 'IprStatCard',
});

/** `<ipr-chart>` as a React component. */
export const IprChart: Wrapper<IprChartElement, IprChartEvents> = createComponent({
  react: React,
  tagName: 'ipr-chart',
  elementClass: IprChartElement,
  events: {
    onIprError: 'ipr-error' as EventName<CustomEvent<IprErrorDetail>>,
    onIprReady: 'ipr-ready' as EventName<Event>,
    onIprDownload: 'ipr-download' as EventName<CustomEvent<IprDownloadDetail>>,
  },
  displayName: 'IprChart',
});

/** `<ipr-report>` as a React component. */
export const IprReport: Wrapper<IprReportElement, IprReportEvents> = createComponent({
  react: React,
  tagName: 'ipr-report',
  elementClass: IprReportElement,
  events: {
    onIprError: 'ipr-error' as EventName<CustomEvent<IprErrorDetail>>,
  },
  displayName: 'IprReport',
});
