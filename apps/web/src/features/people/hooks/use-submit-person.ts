import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { t } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';
import type { Person } from '../api/people.types';
import { PERSON_FIELDS, type PersonFormValues } from './use-person-form';

/** After a save: put server field errors on the form, or notify and open the person page. */
export function usePersonSaveHandlers(form: UseFormReturnType<PersonFormValues>, successMessage: string) {
  const navigate = useNavigate();
  return {
    onSuccess: (person: Person) => {
      notifications.show({ color: 'green', message: t(successMessage, { name: person.fullName }) });
      navigate({ to: '/ca-nhan/$personId', params: { personId: person.id } });
    },
    onError: (error: unknown) => {
      if (isApiError(error)) {
        applyServerErrors(form, error, PERSON_FIELDS);
        if (error.code === 'DUPLICATE_CITIZEN_ID') form.setFieldError('citizenId', error.message);
      }
    },
  };
}
