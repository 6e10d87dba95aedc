import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconSignature, IconUsb } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import {
  type DecisionSignature,
  useDecisionSignature,
  useSignDecisionWithSeal,
  useSignDecisionWithToken,
} from '../api/decision-signature';
import {
  TokenPluginMissingError,
  type TokenSigner,
  TokenSigningFailedError,
  vgcaTokenSigner,
} from '../lib/token-signer';

const s = ui.documents.signature;

/** The error as the panel shows it: the plug-in's own failures get their Vietnamese message. */
function shownError(error: Error): { code: string; error: Error } {
  if (error instanceof TokenPluginMissingError)
    return { code: error.code, error: new Error(s.pluginMissing) };
  if (error instanceof TokenSigningFailedError)
    return { code: error.code, error: new Error(t(s.pluginFailed, { message: error.message })) };
  return { code: isApiError(error) ? error.code : 'INTERNAL', error };
}

/**
 * The decision's digital signature: "Ký số" with the organisation's seal (on the server), or
 * "Ký bằng chữ ký số cá nhân (USB token)" through the national CA's plug-in (`tokenSigner`), each
 * after a confirmation since a signed decision can no longer be changed; then who signed, when,
 * and whether each stored file still verifies, with the signed PDFs to download. `canSign` is the
 * decision's allowedActions.sign (the signing route's own rule), read by DecisionDocumentsPanel.
 */
export function DecisionSignaturePanel({
  decisionId,
  canSign,
  tokenSigner,
}: {
  decisionId: string;
  canSign: boolean;
  tokenSigner?: TokenSigner;
}) {
  const query = useDecisionSignature(decisionId);
  const sign = useSignDecisionWithSeal(decisionId);
  const signer = useMemo(() => tokenSigner ?? vgcaTokenSigner(), [tokenSigner]);
  const token = useSignDecisionWithToken(decisionId, signer);
  const [confirming, setConfirming] = useState<'SEAL' | 'TOKEN' | null>(null);
  const pending = sign.isPending || token.isPending;
  const failure = sign.error ?? token.error;

  if (query.isPending) return <Loader size="sm" />;
  if (query.error) return <ErrorAlert error={query.error} testId="signature-error" />;
  const signature = query.data;
  return (
    <Stack gap="xs" data-testid="decision-signature" data-signed={signature.signed}>
      {signature.signed ? (
        <SignedStatus decisionId={decisionId} signature={signature} />
      ) : (
        <>
          <Text size="sm">{s.unsigned}</Text>
          {canSign && (
            <Group>
              <Button
                leftSection={<IconSignature size={16} />}
                loading={sign.isPending}
                disabled={token.isPending}
                onClick={() => setConfirming('SEAL')}
                data-testid="sign-decision"
              >
                {s.button}
              </Button>
              <Button
                variant="light"
                leftSection={<IconUsb size={16} />}
                loading={token.isPending}
                disabled={sign.isPending}
                onClick={() => setConfirming('TOKEN')}
                data-testid="sign-decision-token"
              >
                {s.tokenButton}
              </Button>
              {pending && (
                <Text size="sm" c="dimmed" data-testid="signing-progress">
                  {token.isPending ? s.tokenProgress : s.progress}
                </Text>
              )}
            </Group>
          )}
        </>
      )}
      {failure && !pending && (
        <div data-testid="signature-failure" data-code={shownError(failure).code}>
          <ErrorAlert error={shownError(failure).error} testId="sign-error" />
        </div>
      )}
      <ConfirmDialog
        opened={confirming === 'SEAL'}
        title={s.confirmTitle}
        text={s.confirmText}
        confirmLabel={s.confirm}
        loading={sign.isPending}
        testId="sign-decision-confirm"
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          token.reset();
          sign.mutate();
        }}
      />
      <ConfirmDialog
        opened={confirming === 'TOKEN'}
        title={s.tokenConfirmTitle}
        text={s.tokenConfirmText}
        confirmLabel={s.tokenConfirm}
        loading={token.isPending}
        testId="sign-decision-token-confirm"
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          sign.reset();
          token.mutate();
        }}
      />
    </Stack>
  );
}

// A CERTIFICATE is one award's certificate received signed from the upper level: its status is
// shown; the certificates to print come from the decision's documents panel.
const FILES: Record<
  DecisionSignature['documents'][number]['kind'],
  { label: string; href: ((id: string) => string) | null }
> = {
  DECISION: { label: s.decisionPdf, href: (id) => `/api/decisions/${id}/documents/quyet-dinh.pdf` },
  CERTIFICATES: {
    label: s.certificatesPdf,
    href: (id) => `/api/decisions/${id}/certificates.pdf?layout=full`,
  },
  CERTIFICATE: { label: s.receivedCertificate, href: null },
};

function SignedStatus({ decisionId, signature }: { decisionId: string; signature: DecisionSignature }) {
  const method = signature.documents.find((d) => d.kind === 'DECISION')?.method ?? 'SEAL';
  return (
    <Alert
      color="green"
      icon={<IconSignature size={18} />}
      title={s.signedTitle}
      data-testid="signature-status"
      data-method={method}
    >
      <Stack gap={4}>
        <Text size="sm">
          {t(s.signedBy, {
            name: signature.signerName ?? '',
            at: formatDateTime(signature.signedAt),
          })}{' '}
          ({method === 'TOKEN' ? s.method.TOKEN : s.method.SEAL})
        </Text>
        {signature.documents.map((doc) => {
          const href = FILES[doc.kind].href;
          return (
            <Group key={doc.sha256} gap="xs" data-testid={`signed-${doc.kind}`} data-status={doc.status}>
              {href ? (
                <Anchor href={href(decisionId)} download={doc.name} size="sm">
                  {FILES[doc.kind].label}
                </Anchor>
              ) : (
                <Text size="sm">{t(FILES[doc.kind].label, { name: doc.name })}</Text>
              )}
              <Badge color={doc.status === 'VALID' ? 'green' : 'red'} variant="light">
                {s.status[doc.status]}
              </Badge>
            </Group>
          );
        })}
        <Text size="xs" c="dimmed">
          {s.locked}
        </Text>
      </Stack>
    </Alert>
  );
}
