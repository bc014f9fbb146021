/** Site-wide wording, in one place. The agency is named by its notices; this is the site's own. */
export const SITE = {
  name: 'Thông báo của Sở Ngoại vụ Hải Phòng',
  shortName: 'Sở Ngoại vụ Hải Phòng',
  description:
    'Thông báo chính thức của Sở Ngoại vụ thành phố Hải Phòng: đường dây nóng, địa chỉ và thời gian tiếp nhận phản ánh, kiến nghị, khiếu nại, tố cáo.',
} as const;
