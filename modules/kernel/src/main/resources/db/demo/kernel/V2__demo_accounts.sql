-- Jurisdictions of the demo accounts of the embedded server's registry (see README).
insert into kernel_account (principal, jurisdiction_code) values
  ('admin', '330100'),
  ('jiande-official', '330182'),
  ('shouchang-official', '330182107000'),
  ('shouchang-command', '330182107000'),
  ('shouchang-checkpoint', '330182107000'),
  ('genglou-supervisor', '330182003000'),
  ('yinhu-command', '330111006000'),
  ('xiangshan-grid', '330111006001');
