/**
 * "Where is my change?": after a save, a line at the foot of the page names the pull request
 * the change is in, links to it, and says where it stands, as far as the form's own requests
 * to GitHub tell (github-guard.ts): a draft, sent for review, or published (merged). Whether
 * the checks passed and when the site is rebuilt are on the pull request's page, which the
 * link opens; the line says so rather than guess.
 */
import { onPullRequest, type PullRequestSeen } from './github-guard.ts';

const STATE: Record<PullRequestSeen['state'], string> = {
  draft: 'bản nháp, chưa gửi duyệt; trang web chưa thay đổi',
  review: 'đã gửi duyệt, chờ người duyệt đồng ý; trang web chưa thay đổi',
  merged: 'đã xuất bản (hợp nhất vào nhánh chính); trang web được dựng lại trong vài phút',
};

export function showChangeStatus() {
  onPullRequest((pr) => {
    let line = document.getElementById('notice-change-status');
    if (!line) {
      line = document.createElement('div');
      line.id = 'notice-change-status';
      line.setAttribute('role', 'status');
      line.style.cssText = 'position:fixed;z-index:9999;left:8px;bottom:8px;max-width:min(44rem,calc(100vw - 16px));padding:8px 12px;background:#f3f7ff;color:#10263f;border:1px solid #4a6fa5;border-radius:6px;font:13px/1.5 system-ui,sans-serif';
      document.body.append(line);
    }
    const link = Object.assign(document.createElement('a'), { href: pr.url, target: '_blank', rel: 'noopener', textContent: `đề nghị thay đổi #${pr.number}` });
    link.style.color = 'inherit';
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Ẩn' });
    close.style.cssText = 'margin-left:8px;font:inherit';
    close.addEventListener('click', () => line!.remove());
    line.replaceChildren(
      'Thay đổi của bạn nằm trong ',
      link,
      `: ${STATE[pr.state]}.${pr.state === 'merged' ? '' : ' Kết quả kiểm tra tự động (Checks) xem ở trang của đề nghị thay đổi.'}`,
      close,
    );
  });
}
