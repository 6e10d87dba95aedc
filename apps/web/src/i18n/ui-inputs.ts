// Messages of the shared number and date inputs (components/VnNumberInput, VnDateInput).
export const uiInputs = {
  number: {
    invalid: 'Không phải số hợp lệ. Nhập theo kiểu Việt Nam, ví dụ 18,5 hoặc 1.234,5',
    integer: 'Chỉ nhập số nguyên',
    decimals: (n: number) => `Chỉ nhập tối đa ${n} chữ số sau dấu phẩy`,
    between: (min: string, max: string) => `Giá trị phải từ ${min} đến ${max}`,
    atLeast: (min: string) => `Giá trị phải từ ${min} trở lên`,
    atMost: (max: string) => `Giá trị không được lớn hơn ${max}`,
    required: 'Vui lòng nhập số',
  },
  date: {
    placeholder: 'dd/mm/yyyy',
    refused: 'Ngày không hợp lệ. Nhập theo dạng dd/mm/yyyy',
    invalid: (text: string) =>
      `"${text}" không phải ngày hợp lệ. Nhập theo dạng dd/mm/yyyy, ví dụ 31/12/2025`,
    between: (min: string, max: string) => `Ngày phải từ ${min} đến ${max}`,
    notBefore: (min: string) => `Ngày không được trước ${min}`,
    notAfter: (max: string) => `Ngày không được sau ${max}`,
  },
};
