-- The grids demo's accounts: Yangxi sub-district's command office, and the grid worker of
-- Yang'an community's first grid (周建华), whose jurisdiction is that grid alone.
insert into kernel_account (principal, jurisdiction_code) values
  ('yangxi-command', '330182002000'),
  ('yangan-grid', '330182002001001');
