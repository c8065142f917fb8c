/**
 * The script of /spiegel/ (and of no other page): one advice per step, answers kept in local
 * storage, the result drawn as the answers change, and saving, reading back, printing, sharing and
 * clearing. Everything the page says is already in its HTML or built here from src/spiegel/*.ts.
 * It reads the adviezen and statements from the page (data-advice, data-number, data-title,
 * data-statement) and the bureau's address and the page's URL from data-email and data-url.
 */
import { ANSWER_LABELS, ANSWER_SHAPES, MAX_SCORE, formatScore, isAnswer } from './scale.ts';
import { answerOf, normaliseAnswers, spiegelResult, type AdviceScore, type Answers, type SpiegelAdvice, type SpiegelResult } from './result.ts';
import { STORAGE_KEY, changedStatements, fileName, readFile, toFile } from './file.ts';
import { MAIL_SUBJECT, dutchDate, mailtoHref, summaryText } from './summary.ts';

const UNCHANGED = 'Je antwoorden zijn niet veranderd.';

/** The adviezen and statements as the page shows them, and where to send the summary. */
function readPage(root: HTMLElement, steps: HTMLElement[]) {
  const advice: SpiegelAdvice[] = steps.map((step) => ({
    id: step.dataset.advice!,
    number: Number(step.dataset.number),
    title: step.querySelector('[data-title]')?.textContent?.trim() ?? '',
    statements: [...step.querySelectorAll('[data-statement]')].map((s) => s.textContent?.trim() ?? ''),
  }));
  return { advice, email: root.dataset.email ?? '', url: root.dataset.url ?? location.href };
}

function start(root: HTMLElement) {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const steps = [...root.querySelectorAll<HTMLFieldSetElement>('.spiegel-step')];
  if (steps.length === 0) return;
  const data = readPage(root, steps);
  const adviceList = data.advice;
  const progress = $<HTMLElement>('[data-progress]')!;
  const nav = $<HTMLElement>('[data-nav]')!;
  const prev = $<HTMLButtonElement>('[data-prev]')!;
  const next = $<HTMLButtonElement>('[data-next]')!;
  const toResult = $<HTMLButtonElement>('[data-to-result]')!;
  const resultEl = $<HTMLElement>('[data-spiegel-result]')!;
  const resultHeading = resultEl.querySelector<HTMLElement>('h2')!;
  const message = $<HTMLElement>('[data-message]')!;
  const error = $<HTMLElement>('[data-error]')!;
  const mail = $<HTMLAnchorElement>('[data-action="mail"]')!;
  const fileInput = $<HTMLInputElement>('[data-action="import"]')!;

  let answers: Answers = normaliseAnswers(adviceList, {});
  let current = 0;
  let storageWorks = true;

  // ---- storage ---------------------------------------------------------------------------------
  function load(): void {
    let text: string | null = null;
    try {
      text = localStorage.getItem(STORAGE_KEY);
    } catch {
      storageWorks = false;
    }
    if (!text) return;
    const read = readFile(text, adviceList);
    if (read.ok) {
      answers = read.answers;
      if (read.changed > 0) say(`De antwoorden die deze browser bewaarde, staan weer bij hun stellingen.${changedStatements(read.changed)}`);
    } else say('', `De antwoorden die deze browser eerder bewaarde, passen niet meer bij de stellingen. ${read.message} Vul de lijst opnieuw in, of lees een bewaard bestand in.`);
  }

  function save(): void {
    try {
      const empty = Object.values(answers).every((list) => list.every((a) => a === null));
      if (empty) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, JSON.stringify(toFile(adviceList, answers, new Date())));
      storageWorks = true;
    } catch {
      if (storageWorks) say('', 'Deze browser kan je antwoorden niet bewaren. Bewaar ze als bestand voordat je de pagina sluit.');
      storageWorks = false;
    }
  }

  function say(text: string, problem = ''): void {
    message.textContent = text;
    error.textContent = problem;
  }

  // ---- the form ----------------------------------------------------------------------------------
  function showAnswers(): void {
    for (const input of root.querySelectorAll<HTMLInputElement>('.spiegel-statement input[type="radio"]')) {
      const fieldset = input.closest<HTMLElement>('.spiegel-statement')!;
      input.checked = answerOf(answers, fieldset.dataset.advice!, Number(fieldset.dataset.index)) === input.value;
    }
  }

  root.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio' || !isAnswer(input.value)) return;
    const fieldset = input.closest<HTMLElement>('.spiegel-statement');
    if (!fieldset) return;
    const list = answers[fieldset.dataset.advice!];
    if (!list) return;
    list[Number(fieldset.dataset.index)] = input.value;
    save();
    render();
  });

  function goTo(step: number, focus = true): void {
    current = Math.max(0, Math.min(steps.length - 1, step));
    steps.forEach((s, i) => (s.hidden = i !== current));
    prev.hidden = current === 0;
    next.hidden = current === steps.length - 1;
    announceStep();
    if (focus) steps[current]!.focus();
  }

  function announceStep(): void {
    const r = spiegelResult(adviceList, answers);
    const advice = adviceList[current]!;
    progress.textContent = `Stap ${current + 1} van ${steps.length}: advies ${advice.number}. Jullie hebben ${r.answered} van ${r.total} stellingen beantwoord.`;
  }

  prev.addEventListener('click', () => goTo(current - 1));
  next.addEventListener('click', () => goTo(current + 1));
  toResult.addEventListener('click', () => resultHeading.focus());

  // ---- the result --------------------------------------------------------------------------------
  function standText(s: AdviceScore, shape = true): string {
    if (s.answered === 0) return 'Nog niet ingevuld';
    if (s.average === null) return 'Weet ik niet';
    return `${shape ? `${ANSWER_SHAPES[s.stage!]} ` : ''}${ANSWER_LABELS[s.stage!]} (gemiddeld ${formatScore(s.average)} van ${MAX_SCORE})`;
  }

  function render(): SpiegelResult {
    const r = spiegelResult(adviceList, answers);
    const weakIds = r.weakest.map((s) => s.id);
    for (const s of r.scores) {
      const row = root.querySelector<HTMLTableRowElement>(`tr[data-row="${CSS.escape(s.id)}"]`);
      if (!row) continue;
      row.querySelector('[data-stand]')!.textContent = standText(s);
      row.querySelector('[data-bar]')!.setAttribute('width', String(s.average === null ? 0 : Math.round((s.average / MAX_SCORE) * 300)));
      const count = document.createElement('span');
      count.className = 'nowrap';
      count.textContent = `${s.answered} van ${s.total}`;
      row.querySelector('[data-answered]')!.replaceChildren(count, s.unknown > 0 ? ` (${s.unknown} keer "weet ik niet")` : '');
      const weak = weakIds.includes(s.id);
      row.classList.toggle('is-weak', weak);
      row.querySelector<HTMLElement>('[data-weak]')!.hidden = !weak;
    }
    const summary = resultEl.querySelector('[data-result-summary]')!;
    summary.textContent =
      r.answered === 0
        ? 'Jullie hebben nog niets ingevuld. Kies bij de stellingen hierboven hoe ver jullie zijn.'
        : `Jullie hebben ${r.answered} van ${r.total} stellingen beantwoord.${r.complete ? '' : ' De uitkomst kan nog veranderen als jullie de rest invullen.'}`;

    // The two weakest, in order, each with where to learn; the other help blocks go back in store.
    const weakestBox = resultEl.querySelector<HTMLElement>('[data-weakest]')!;
    const list = weakestBox.querySelector<HTMLElement>('[data-weakest-list]')!;
    const store = resultEl.querySelector<HTMLElement>('.spiegel-help-store')!;
    for (const help of [...list.children]) store.append(help);
    for (const s of r.weakest) {
      const help = store.querySelector<HTMLElement>(`[data-help="${CSS.escape(s.id)}"]`);
      if (!help) continue;
      help.hidden = false;
      help.querySelector('[data-help-stand]')!.textContent = `Jullie stand: ${standText(s, false).toLowerCase()}.`;
      list.append(help);
    }
    for (const help of store.children) (help as HTMLElement).hidden = true;
    weakestBox.hidden = r.weakest.length === 0;

    const onlyUnknown = resultEl.querySelector<HTMLElement>('[data-only-unknown]')!;
    onlyUnknown.hidden = r.onlyUnknown.length === 0;
    onlyUnknown.textContent =
      r.onlyUnknown.length === 0
        ? ''
        : `Bij ${r.onlyUnknown.map((s) => `advies ${s.number}`).join(' en ')} weten jullie nog niet hoe het gaat. Zoek dat eerst uit: vraag het aan de mensen die er dagelijks mee werken.`;

    printMeta();
    mail.href = mailtoHref(data.email, MAIL_SUBJECT, summaryText(r, data.url, dutchDate(new Date())));
    return r;
  }

  function printMeta(): void {
    resultEl.querySelector('[data-print-meta]')!.textContent = `Afgedrukt op ${dutchDate(new Date())} van ${data.url}. Deze uitkomst staat alleen op dit papier en in de browser waarin jullie hem invulden.`;
  }
  window.addEventListener('beforeprint', printMeta);

  // ---- actions -----------------------------------------------------------------------------------
  $('[data-action="print"]')!.addEventListener('click', () => window.print());

  $('[data-action="export"]')!.addEventListener('click', () => {
    const now = new Date();
    const blob = new Blob([JSON.stringify(toFile(adviceList, answers, now), null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName(now);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    say(`Je antwoorden staan in het bestand ${link.download}. Je vindt het bij je downloads.`);
  });

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      say('', `Het bestand ${file.name} kunnen we niet openen. ${UNCHANGED}`);
      return;
    }
    const read = readFile(text, adviceList);
    if (!read.ok) {
      say('', `${file.name}: ${read.message} ${UNCHANGED}`);
      return;
    }
    answers = read.answers;
    save();
    showAnswers();
    const r = render();
    announceStep();
    say(`Het bestand ${file.name} is ingelezen: ${r.answered} van ${r.total} stellingen beantwoord.${read.saved ? ` Bewaard op ${dutchDate(new Date(read.saved))}.` : ''}${changedStatements(read.changed)}`);
  });

  $('[data-action="clear"]')!.addEventListener('click', () => {
    answers = normaliseAnswers(adviceList, {});
    save();
    showAnswers();
    render();
    goTo(0, false);
    say('Alle antwoorden zijn gewist, ook uit deze browser.');
  });

  // ---- start -------------------------------------------------------------------------------------
  load();
  showAnswers();
  root.classList.add('is-active');
  nav.hidden = false;
  resultEl.hidden = false;
  render();
  // A link from an advice page (/spiegel/#advies-4) opens that advice's step.
  const linked = steps.findIndex((s) => `#${s.id}` === location.hash);
  goTo(linked >= 0 ? linked : 0, linked >= 0);
}

const root = document.querySelector<HTMLElement>('[data-spiegel]');
if (root) start(root);
