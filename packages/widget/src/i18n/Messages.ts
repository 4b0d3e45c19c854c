/**
 * Plural forms of one message, chosen with `Intl.PluralRules` by `{count}`.
 * `other` is always present; a locale adds the categories its rules use.
 */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * Every user-visible string of the panel, by key. Values are templates with
 * `{name}` placeholders (filled as text, never as HTML). Each locale file is
 * one object of this type, so a missing key fails the type check and the
 * catalog test checks extra keys and placeholders.
 */
export interface Messages {
  'panel.title': string;
  'panel.back': string;
  'panel.close': string;
  'panel.loading': string;
  'panel.retry': string;
  'panel.loadFailed': string;

  'home.title': string;
  'home.report': string;
  'home.reportHint': string;
  'home.continue': string;
  'home.continueHint': string;
  'home.requests': string;
  'home.requestsHint': string;
  'home.pending': Plural;

  'home.help': string;
  'home.helpHint': string;
  'home.checks': string;
  'home.checksHint': string;

  'help.title': string;
  'help.search': string;
  'help.mostAsked': string;
  'help.results': Plural;
  'help.noMatch': string;
  'help.none': string;
  'help.loadFailed': string;
  'help.notFound': string;
  'help.steps': string;
  'help.solved': string;
  'help.yes': string;
  'help.no': string;
  'help.thanks': string;
  'help.done': string;
  'help.sorry': string;
  'help.chat': string;
  /** A step added to "steps tried" when a report starts from an article that did not help. */
  'help.tried': string;

  'checks.title': string;
  'checks.running': string;
  'checks.allGood': string;
  'checks.found': Plural;
  'checks.again': string;
  'checks.attached': string;
  'checks.ok': string;
  'checks.problem': string;
  'checks.unknown': string;
  'checks.name.online': string;
  'checks.name.backend': string;
  'checks.name.latency': string;
  'checks.name.clock-skew': string;
  'checks.name.indexeddb': string;
  'checks.name.cookies': string;
  'checks.name.app-version': string;
  'checks.name.browser': string;
  'checks.says.online': string;
  'checks.says.backend': string;
  'checks.says.latency': string;
  'checks.says.clockAhead': Plural;
  'checks.says.clockBehind': Plural;
  'checks.says.indexeddb': string;
  'checks.says.cookies': string;
  'checks.says.app-version': string;
  'checks.says.browser': string;
  'checks.fix.go_online': string;
  'checks.fix.retry_later': string;
  'checks.fix.check_connection': string;
  'checks.fix.fix_clock': string;
  'checks.fix.enable_storage': string;
  'checks.fix.enable_cookies': string;
  'checks.fix.update_app': string;
  'checks.fix.update_browser': string;

  'report.title': string;
  'report.progress': string;
  'report.step.summary': string;
  'report.step.tried': string;
  'report.step.details': string;
  'report.step.files': string;
  'report.step.review': string;
  'report.next': string;
  'report.previous': string;
  'report.send': string;
  'report.startOver': string;
  'report.fixErrors': Plural;
  'report.draftSaved': string;

  'field.summary': string;
  'field.summaryHelp': string;
  'field.category': string;
  'field.categoryChoose': string;
  'field.errorCode': string;
  'field.errorCodeHelp': string;
  'field.errorCodeDetected': string;
  'field.stepsTried': string;
  'field.stepsTriedHelp': string;
  'field.step': string;
  'field.expected': string;
  'field.expectedHelp': string;
  'field.observed': string;
  'field.observedHelp': string;
  'field.attachments': string;
  'field.contactEmail': string;
  'field.contactEmailHelp': string;
  'field.contactName': string;
  'field.priority': string;

  'category.suggested': string;
  'category.use': string;
  'category.hint': string;
  'category.payment': string;
  'category.bonus': string;
  'category.login': string;
  'category.account': string;
  'category.verification': string;
  'category.technical': string;
  'category.other': string;

  'tried.common': string;
  'tried.add': string;
  'tried.remove': string;
  'tried.added': string;
  'fix.reload': string;
  'fix.relogin': string;
  'fix.cache': string;
  'fix.otherBrowser': string;
  'fix.update': string;
  'fix.restart': string;
  'fix.network': string;
  'fix.clock': string;

  'files.help': string;
  'files.choose': string;
  'files.dropHint': string;
  'files.none': string;
  'files.remove': string;
  'files.added': Plural;
  'file.type': string;
  'file.too_large': string;
  'file.too_many': string;
  'file.empty': string;
  'file.too_many_pixels': string;
  'file.unreadable': string;
  'files.capture': string;
  'files.captureCancelled': string;
  'files.captureFailed': string;
  'files.captureWrongSurface': string;
  'files.preparing': string;

  'editor.title': string;
  'editor.position': string;
  'editor.help': string;
  'editor.masked': Plural;
  'editor.tools': string;
  'editor.picture': string;
  'editor.redact': string;
  'editor.highlight': string;
  'editor.crop': string;
  'editor.applyCrop': string;
  'editor.cancelCrop': string;
  'editor.undo': string;
  'editor.delete': string;
  'editor.box.redact': string;
  'editor.box.highlight': string;
  'editor.box.crop': string;
  'editor.attach': string;
  'editor.discard': string;
  'editor.working': string;
  'editor.failed': string;

  'review.text': string;
  'review.hidden': string;
  'review.nothingHidden': string;
  'review.facts': string;
  'review.factsHelp': string;
  'review.removeFact': string;
  'review.restoreFact': string;
  'review.removed': string;
  'review.noneTried': string;
  'review.preparing': string;
  'review.priorityGuide': string;
  'review.contact': string;

  'priority.urgent': string;
  'priority.normal': string;
  'priority.low': string;
  'priority.urgentHint': string;
  'priority.normalHint': string;
  'priority.lowHint': string;

  'redaction.pem': Plural;
  'redaction.url-credentials': Plural;
  'redaction.jwt': Plural;
  'redaction.token': Plural;
  'redaction.secret': Plural;
  'redaction.password': Plural;
  'redaction.iban': Plural;
  'redaction.card': Plural;
  'redaction.email': Plural;
  'redaction.phone': Plural;
  'redaction.national-id': Plural;

  'fact.yes': string;
  'fact.no': string;
  'fact.app.name': string;
  'fact.app.version': string;
  'fact.app.build': string;
  'fact.app.environment': string;
  'fact.page.url': string;
  'fact.browser': string;
  'fact.os': string;
  'fact.device': string;
  'fact.device.model': string;
  'fact.viewport': string;
  'fact.screen': string;
  'fact.screen.pixelRatio': string;
  'fact.language': string;
  'fact.timeZone': string;
  'fact.network.online': string;
  'fact.network.type': string;
  'fact.clock.skew': string;

  'issue.required': string;
  'issue.too_long': Plural;
  'issue.too_many': Plural;
  'issue.multiple_lines': string;
  'issue.invalid_text': string;
  'issue.invalid_email': string;
  'issue.unknown_category': string;
  'issue.invalid_error_code': string;
  'issue.multiple_sentences': string;

  'send.sending': string;
  'send.uploading': string;
  'send.saveFailed': string;

  'confirm.title': string;
  'confirm.savedTitle': string;
  'confirm.saved': string;
  'confirm.reference': string;
  'confirm.copy': string;
  'confirm.copied': string;
  'confirm.copySelected': string;
  'confirm.firstResponse': string;
  'confirm.repliesAccount': string;
  'confirm.repliesEmail': string;
  'confirm.done': string;

  'outbox.waiting': string;
  'outbox.queued': string;
  'outbox.sending': string;
  'outbox.retrying': Plural;
  'outbox.attention': string;
  'outbox.sent': string;
  'outbox.edit': string;
  'outbox.resend': string;
  'outbox.discard': string;
  'outbox.memoryOnly': string;

  'attention.field': string;
  'backend.offline': string;
  'backend.rate_limited': string;
  'backend.server': string;
  'backend.unauthorized': string;
  /** The server turned the site or the signed identity away: a configuration problem, not the user's. */
  'backend.site_refused': string;
  'backend.too_large': string;
  'backend.invalid': string;
  'backend.not_found': string;
  'backend.conflict': string;
  'backend.unsupported': string;
  'storage.storage_full': string;
  'storage.storage_unavailable': string;

  'requests.title': string;
  'requests.empty': string;
  'requests.onDevice': string;
  'requests.sentList': string;
  'requests.loadFailed': string;
  'requests.savedAt': string;
  'requests.sentAt': string;
  'requests.answeredAt': string;
  'requests.resolvedAt': string;
  'requests.notAnswered': string;
  'requests.unread': Plural;

  'status.new': string;
  'status.open': string;
  'status.pending': string;
  'status.solved': string;
  'status.closed': string;
  'status.inactive': string;

  'detail.title': string;
  'detail.replies': string;
  'detail.noReplies': string;
  'detail.fromVisitor': string;
  'detail.fromAgent': string;
  'detail.fromSystem': string;
  'detail.add': string;
  'detail.addLabel': string;
  'detail.added': string;
  'detail.escalate': string;
  'detail.escalateLabel': string;
  'detail.escalated': string;
  'detail.alreadyEscalated': string;
  'detail.rate': string;
  'detail.rated': string;
  'detail.submit': string;
  'rating.value': Plural;

  'home.chat': string;
  'home.chatHint': string;
  'home.chatOpen': string;
  'home.chatOpenHint': string;
  'home.chatUnread': Plural;
  'chat.title': string;
  'chat.startHeading': string;
  'chat.leaveHeading': string;
  'chat.startHelp': string;
  'chat.closedHelp': string;
  'chat.email': string;
  'chat.emailHelp': string;
  'chat.start': string;
  'chat.leaveMessage': string;
  'chat.starting': string;
  'chat.startFailed': string;
  'chat.connecting': string;
  'chat.queued': string;
  'chat.queue': string;
  'chat.with': string;
  'chat.ended': string;
  'chat.savedHeading': string;
  'chat.link.offline': string;
  'chat.link.retrying': Plural;
  'chat.end': string;
  'chat.endConfirm': string;
  'chat.endYes': string;
  'chat.cancel': string;
  'chat.thread': string;
  'chat.you': string;
  'chat.agent': string;
  'chat.system': string;
  'chat.file': string;
  'chat.sending': string;
  'chat.failed': string;
  'chat.retry': string;
  'chat.remove': string;
  'chat.uploading': string;
  'chat.uploadFailed': string;
  'chat.typing': string;
  'chat.message': string;
  'chat.placeholder': string;
  'chat.attach': string;
  'chat.send': string;
  'chat.offer': string;
  'chat.offerButton': string;
  'chat.savedAnnounce': string;
  'chat.savedAs': string;
  'chat.savedReplies': string;
  'chat.note': string;
  'chat.nextCheck': string;
  'chat.rate': string;
  'chat.comment': string;
  'chat.rateSend': string;
  'chat.rated': string;
  'chat.transcriptTitle': string;
  'chat.transcript': string;
  'chat.emailTo': string;
  'chat.emailSend': string;
  'chat.emailSent': string;
  'chat.newChat': string;
  'chat.announce': string;
  'chat.unread': Plural;
}

/** A key of the catalog. */
export type MessageKey = keyof Messages;
