import { Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router-dom';
import type { BookingRequestRecord } from '../api-types';
import { useTranslate } from '../hooks/use-translate';
import { StatusBadge } from './StatusBadge';

/** One row per request; a click (or the reference link, for the keyboard) opens it. */
export function RequestsTable({ requests }: { requests: BookingRequestRecord[] }) {
  const t = useTranslate();
  const { formatDate } = useIntl();
  const navigate = useNavigate();
  const columns = [t('requests.column.status', 'Status'), t('requests.column.received', 'Received'), t('requests.column.name', 'Name'), t('requests.column.service', 'Service'), t('requests.column.reference', 'Reference')];

  return (
    <Table colCount={columns.length} rowCount={requests.length + 1}>
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th key={column}>
              <Typography variant="sigma" textColor="neutral600">
                {column}
              </Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {requests.map((request) => (
          <Tr key={request.documentId} onClick={() => navigate(request.documentId)} style={{ cursor: 'pointer' }}>
            <Td>
              <StatusBadge status={request.status} />
            </Td>
            <Td>
              <Typography textColor="neutral800">{formatDate(request.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800" fontWeight="semiBold">
                {request.name}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{request.serviceName ?? request.service ?? '–'}</Typography>
            </Td>
            <Td>
              <Link to={request.documentId} onClick={(event) => event.stopPropagation()}>
                <Typography textColor="primary600" fontWeight="semiBold">
                  {request.reference}
                </Typography>
                <VisuallyHidden>{t('requests.open', ', open the request from {name}', { name: request.name })}</VisuallyHidden>
              </Link>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
