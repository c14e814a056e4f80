-- Carriers a shipment can go with: the five big Korean parcel carriers (built in) and the owner's own, each with the
-- public tracking page's address where {tracking} stands for the tracking number.
CREATE TABLE shipping_carrier
(
    code         VARCHAR(40)   NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    tracking_url VARCHAR(500)  NOT NULL,
    built_in     BOOLEAN       NOT NULL,
    sort_order   INT           NOT NULL,
    created_by   VARCHAR(100)  NULL,
    created_at   TIMESTAMP(6)  NULL,
    PRIMARY KEY (code),
    CONSTRAINT uk_shipping_carrier_name UNIQUE (name)
);

INSERT INTO shipping_carrier (code, name, tracking_url, built_in, sort_order) VALUES
    ('CJ', 'CJ대한통운', 'https://trace.cjlogistics.com/next/tracking.html?wblNo={tracking}', TRUE, 10),
    ('LOTTE', '롯데택배', 'https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo={tracking}', TRUE, 20),
    ('HANJIN', '한진택배', 'https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&schLang=KR&wblnumText2={tracking}', TRUE, 30),
    ('EPOST', '우체국택배', 'https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1={tracking}', TRUE, 40),
    ('LOGEN', '로젠택배', 'https://www.ilogen.com/web/personal/trace/{tracking}', TRUE, 50);
