-- The unit portal searches number, subject and issuer without diacritics ("tuyen truyen" finds
-- "tuyên truyền"): the folded text is kept beside the directive (written by the application with
-- VietnameseText.fold; rows from before are folded here with the same letters).
alter table directive_copy add column search_key text;
update directive_copy set search_key = lower(translate(
    coalesce(number, '') || ' ' || coalesce(subject, '') || ' ' || coalesce(issuer_name, ''),
    'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD'));

-- What the version before the last amendment said (number, subject, deadline, tasks, letter), so
-- the portal can show a unit what changed when it asks for a new acknowledgment.
alter table directive_copy add column previous_json text;
