/**
 * A visible notice from the ribbon command, which has no pane: Office gives a function file the Dialog API
 * (Office.context.ui.displayDialogAsync, requirement set DialogApi 1.1 — Office 2016 and later, Excel on the web),
 * so the command opens the small page notice.html with the message. Excel has no toast or status-bar API for a
 * function file (Outlook's notificationMessages do not exist in Excel), so a dialog is the one visible means.
 *
 * The promise settles when the user closes the dialog (its button or the window's ×), when Office cannot open it
 * (another dialog is open, the API is missing, a popup blocker on the web), or after `timeoutMs` — the caller calls
 * event.completed() then, so the command never stays busy. Where no dialog can be shown, the message goes to the
 * console (the one place left) and the caller still completes.
 */
import type { Locale } from '../i18n';

export interface NoticeEnv {
  office: typeof Office | undefined;
  /** The command page's own URL: the dialog page must be on the same origin. */
  baseUrl: string;
  timeoutMs?: number;
}

export function noticeUrl(baseUrl: string, lines: string[], locale: Locale): string {
  const url = new URL('notice.html', baseUrl);
  url.searchParams.set('lang', locale);
  url.searchParams.set('m', lines.join('\n'));
  return url.toString();
}

/** Shows `lines` in a dialog; resolves true when it was shown (and is now closed), false when it could not be. */
export function showNotice(lines: string[], locale: Locale, env: NoticeEnv): Promise<boolean> {
  const office = env.office;
  const ui = office?.context?.ui;
  const canDialog = !!ui?.displayDialogAsync && (office?.context?.requirements?.isSetSupported?.('DialogApi', '1.1') ?? false);
  if (!canDialog) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (shown: boolean, dialog?: Office.Dialog) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        /* already closed */
      }
      resolve(shown);
    };
    try {
      ui!.displayDialogAsync(noticeUrl(env.baseUrl, lines, locale), { height: 30, width: 35, displayInIframe: true }, (result) => {
        if (String(result.status) !== 'succeeded') return finish(false);
        const dialog = result.value;
        // the page's 关闭 button sends a message; the window's × raises a dialog event (12006)
        dialog.addEventHandler(office!.EventType.DialogMessageReceived, () => finish(true, dialog));
        dialog.addEventHandler(office!.EventType.DialogEventReceived, () => finish(true));
        timer = setTimeout(() => finish(true, dialog), env.timeoutMs ?? 120_000);
      });
    } catch {
      finish(false);
    }
  });
}
