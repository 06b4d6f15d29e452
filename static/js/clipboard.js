// Copying a link on a phone: the Clipboard API where the browser allows it, else the old
// hidden-textarea way (WeChat's and other in-app browsers often deny the API); where neither
// works, the link is shown to be long-pressed and copied by hand.
import { showDialog, showSuccessToast } from 'vant';

/** Copy text: the Clipboard API where allowed, else a hidden textarea; false if neither works. */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied (an in-app browser): try the old way.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  document.body.appendChild(area);
  area.select();
  area.setSelectionRange(0, text.length);
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/** Copy a link and say so; where copying is refused, show it to be copied by hand. */
export async function copyLink(link, done = '链接已复制') {
  if (await copyText(link)) {
    showSuccessToast(done);
  } else {
    showDialog({ title: '请长按复制链接', message: link, messageAlign: 'left', confirmButtonText: '知道了' });
  }
}
