-- Failed sign-ins are counted per login at one client address ("login|address") and per address
-- over every login ("*|address"): an address is up to 45 characters.
alter table signin_throttle alter column login set data type varchar(120);
