import { useState } from 'react';
import { Modal } from '../ui/Modal';
import { validateName } from '../../../shared/domain/validateName';
import { ArticleSourceNote } from '../ui/ArticleSourceNote';

export type BoardTemplate = 'blank' | 'article';

interface NewBoardDialogProps {
  readonly onCreate: (name: string, template: BoardTemplate) => void;
  readonly onCancel: () => void;
}

export function NewBoardDialog({ onCreate, onCancel }: NewBoardDialogProps) {
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<BoardTemplate>('article');
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const fallback = template === 'article' ? 'Product vs project manager' : 'Untitled board';
    const checked = validateName(name.trim() === '' ? fallback : name, 'board');
    if (!checked.ok) {
      setError(checked.error.message);
      return;
    }
    onCreate(checked.value, template);
  };

  return (
    <Modal
      title="New board"
      onClose={onCancel}
      onSubmit={submit}
      actions={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            Create board
          </button>
        </>
      }
    >
      <label className="label" htmlFor="new-board-name">
        Board name
      </label>
      <input
        id="new-board-name"
        className="text-input"
        value={name}
        placeholder={template === 'article' ? 'Product vs project manager' : 'Untitled board'}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
        aria-invalid={error !== null}
        aria-describedby={error ? 'new-board-error' : undefined}
        autoFocus
      />
      {error && (
        <p id="new-board-error" className="field-error" role="alert">
          {error}
        </p>
      )}
      <fieldset className="template-options" style={{ border: 0, padding: 0 }}>
        <legend className="label">Start from</legend>
        <label className="template-option">
          <input
            type="radio"
            name="template"
            value="article"
            checked={template === 'article'}
            onChange={() => setTemplate('article')}
            aria-labelledby="template-article-name"
            aria-describedby="template-article-desc"
          />
          <div>
            <strong id="template-article-name">Product vs project manager (article defaults)</strong>
            <span id="template-article-desc">25 activities with the owner the article gives each, ready to adjust to your team.</span>
          </div>
        </label>
        <label className="template-option">
          <input
            type="radio"
            name="template"
            value="blank"
            checked={template === 'blank'}
            onChange={() => setTemplate('blank')}
            aria-labelledby="template-blank-name"
            aria-describedby="template-blank-desc"
          />
          <div>
            <strong id="template-blank-name">Blank board</strong>
            <span id="template-blank-desc">Two lanes, Product manager and Project manager, and no tasks yet.</span>
          </div>
        </label>
      </fieldset>
      <ArticleSourceNote />
    </Modal>
  );
}
