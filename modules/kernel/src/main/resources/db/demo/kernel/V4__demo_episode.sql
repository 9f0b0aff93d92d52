-- The demo's emergency episode: Jiande's response, open since a fortnight before the demo was
-- loaded. Closing it (POST /api/v1/episodes/{id}/close) starts the retention period of what the
-- demo recorded in Jiande.
insert into kernel_episode
  (id, region_code, region_path, name, opened_on, opened_by, open_region, version)
values
  ('7a4c2e10-5b1d-4f3a-9c1e-2d6f80a1b001', '330182', '/330100/330182/', '建德市疫情防控应急响应',
   cast(current_date - interval '14' day as date), 'admin', '330182', 0);
