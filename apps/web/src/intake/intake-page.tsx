import { useEffect, useReducer, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, get } from '../api/client';
import { rejectionReason } from '../common/catalogue-names';
import { StatusBadge } from '../common/status-badge';
import { useI18n } from '../i18n/i18n';
import { uploadFile } from './upload-file';
import { isFinal, uploadQueue } from './upload-queue';

const POLL_MS = 800;

export function IntakePage() {
  const { t } = useI18n();
  const [queue, dispatch] = useReducer(uploadQueue, []);
  const [dragging, setDragging] = useState(false);
  const nextKey = useRef(0);

  const send = (files: File[]) => {
    const entries = files.map((file) => ({ file, key: String(nextKey.current++) }));
    dispatch({ type: 'added', files: entries.map(({ file, key }) => ({ key, name: file.name })) });
    for (const { file, key } of entries) {
      uploadFile(file, (progress) => dispatch({ type: 'progressed', key, progress })).then(
        (receipt) => dispatch({ type: 'received', key, documentId: receipt.id, status: receipt.status, duplicate: receipt.duplicate }),
        (error: unknown) => {
          const { code, message } = error instanceof ApiError ? error : { code: 'NETWORK', message: String(error) };
          dispatch({ type: 'refused', key, code, reason: message });
        },
      );
    }
  };

  // Poll the files still in the pipeline; `round` re-arms the timer after each pass, whether or not anything changed.
  const [round, setRound] = useState(0);
  const waiting = queue.filter((f) => f.documentId && !isFinal(f));
  const hasWaiting = waiting.length > 0;
  useEffect(() => {
    if (!hasWaiting) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      for (const file of waiting) {
        const document = await get('/api/v1/documents/{id}', { path: { id: file.documentId! } }).catch(() => null);
        if (cancelled) return;
        if (document && document.status !== file.status) dispatch({ type: 'settled', key: file.key, status: document.status, rejection: document.rejection });
      }
      if (!cancelled) setRound((r) => r + 1);
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [hasWaiting, round]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    send([...event.dataTransfer.files]);
  };
  const done = queue.filter(isFinal).length;

  return (
    <section aria-labelledby="intake-title">
      <h1 id="intake-title">{t('intake.title')}</h1>
      <div
        className={`dropzone${dragging ? ' dragging' : ''}`}
        role="region"
        aria-label={t('intake.dropzone')}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          {t('intake.hint')}{' '}
          <label className="file-button">
            {t('intake.choose')}
            <input
              type="file"
              multiple
              accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
              className="visually-hidden-input"
              onChange={(e) => {
                send([...(e.target.files ?? [])]);
                e.target.value = '';
              }}
            />
          </label>
        </p>
      </div>

      <h2>{t('intake.queue')}</h2>
      <p role="status" aria-live="polite">{queue.length ? t('intake.summary', { done, total: queue.length }) : t('intake.empty')}</p>
      {queue.length > 0 && (
        <>
          <table className="queue">
            <thead>
              <tr>
                <th scope="col">{t('intake.file')}</th>
                <th scope="col">{t('intake.progress')}</th>
                <th scope="col">{t('intake.status')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map((file) => (
                <tr key={file.key} data-file={file.name}>
                  <th scope="row">
                    {file.documentId && file.status === 'parsed' ? <Link to={`/van-ban/${file.documentId}`}>{file.name}</Link> : file.name}
                  </th>
                  <td>
                    <progress max={100} value={Math.round(file.progress * 100)} aria-label={`${t('intake.progress')}: ${file.name}`} />
                  </td>
                  <td>
                    {file.duplicate && <StatusBadge status="duplicate" />}{' '}
                    <StatusBadge
                      status={!isFinal(file) && file.status !== 'uploading' ? 'processing' : file.status}
                      reason={file.rejection ? rejectionReason(t, file.rejection) : null}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => dispatch({ type: 'cleared' })} disabled={done === 0}>
            {t('intake.clear')}
          </button>
        </>
      )}
    </section>
  );
}
