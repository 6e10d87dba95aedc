import { Alert, Button, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { vi } from '../../../i18n/vi';
import { usePostComment } from '../api/post-comment';

const c = vi.publicPortal;

export function CommentForm({ itemId }: { itemId: string }) {
  const post = usePostComment();
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [text, setText] = useState('');
  if (post.isSuccess)
    return (
      <Alert color="green" data-testid="comment-sent">
        {c.sent}
      </Alert>
    );
  return (
    <Stack gap="xs" data-testid="comment-form">
      {post.error && <ErrorAlert error={post.error} />}
      <TextInput
        label={c.name}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        data-testid="comment-name"
      />
      <TextInput
        label={c.contact}
        value={contact}
        onChange={(e) => setContact(e.currentTarget.value)}
        data-testid="comment-contact"
      />
      <Textarea
        label={c.text}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="comment-text"
        autosize
        minRows={2}
      />
      <Button
        loading={post.isPending}
        disabled={name.trim().length < 2 || contact.trim().length < 5 || text.trim().length < 10}
        onClick={() => post.mutate({ itemId, name, contact, text })}
        data-testid="comment-send"
      >
        {c.send}
      </Button>
    </Stack>
  );
}
