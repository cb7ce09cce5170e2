-- An app logging in through the JSON API is a device as a browser is, named from its User-Agent: 'APP' joins the
-- browsers a device may be.
ALTER TABLE devices DROP CONSTRAINT devices_browser_known;
ALTER TABLE devices ADD CONSTRAINT devices_browser_known CHECK (browser IN ('EDGE', 'OPERA', 'WECHAT', 'SAMSUNG',
    'FIREFOX', 'CHROME', 'SAFARI', 'APP', 'OTHER'));
