PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261123180000_Initial','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261123192000_ListIndexes','10.0.15');
INSERT INTO __EFMigrationsHistory VALUES('20261129230000_DetectionHistoryChain','10.0.15');
CREATE TABLE IF NOT EXISTS "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
INSERT INTO AspNetRoles VALUES('736b473c-e9b3-4a6e-a8d0-0e9f9795a257','Admin','ADMIN','8facba61-3f6a-48c5-984a-1bacfe477dba');
INSERT INTO AspNetRoles VALUES('2f6af9af-5b3e-4d6a-91d9-3b25ffefe010','PartnerAdmin','PARTNERADMIN','78ca27c8-3557-4091-b00b-cd66df4047e5');
INSERT INTO AspNetRoles VALUES('ebbc057d-6db7-4eb8-a173-8717f6763665','PartnerUser','PARTNERUSER','68160c20-c393-42d9-bebb-cdb47f22b834');
INSERT INTO AspNetRoles VALUES('6d0c49ca-30c3-48f9-b72b-9b7a55479324','PartnerReadOnly','PARTNERREADONLY','a2233f10-d966-4b92-bc89-522c2bff8f2c');
INSERT INTO AspNetRoles VALUES('71cae52c-1316-4b6b-8e17-1c336fb7d5e9','CustomerAdmin','CUSTOMERADMIN','5477b5c7-8bc4-4f1b-a72e-fae479420a94');
INSERT INTO AspNetRoles VALUES('91738b2d-9152-4bcf-a989-2e679b23f804','CustomerUser','CUSTOMERUSER','6fbee885-da31-4799-be5a-2fa6ed8259a4');
INSERT INTO AspNetRoles VALUES('919b65c7-2275-42f3-bd6b-befdbc707778','CustomerReadOnly','CUSTOMERREADONLY','af416c14-639c-47dc-947e-85dd26c03798');
CREATE TABLE IF NOT EXISTS "Journal" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Journal" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "UserEmail" TEXT NULL,
    "Action" TEXT NOT NULL,
    "Entity" TEXT NOT NULL,
    "EntityId" TEXT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL,
    "PartnerId" INTEGER NULL,
    "CustomerId" INTEGER NULL
);
INSERT INTO Journal VALUES(1,'2026-12-01 14:57:03.8913213','system:seed','seed','User.Created','User','b0e8dbc7-0238-498f-bdef-8a13cd21f9a8',NULL,'{"CreatedAt":"2026-12-01T14:57:03.5456302Z","CustomerId":null,"Email":"admin@demo.imeiportal.test","EmailConfirmed":true,"Id":"b0e8dbc7-0238-498f-bdef-8a13cd21f9a8","IsActive":true,"LockoutEnabled":true,"LockoutEnd":null,"PartnerId":null,"PasswordHash":"***","PhoneNumber":null,"PhoneNumberConfirmed":false,"TwoFactorEnabled":false,"UserName":"admin@demo.imeiportal.test"}',NULL,NULL);
INSERT INTO Journal VALUES(2,'2026-12-01 14:57:04.1129431','system:seed','seed','UserRole.Created','UserRole','b0e8dbc7-0238-498f-bdef-8a13cd21f9a8/736b473c-e9b3-4a6e-a8d0-0e9f9795a257',NULL,'{"RoleId":"736b473c-e9b3-4a6e-a8d0-0e9f9795a257","UserId":"b0e8dbc7-0238-498f-bdef-8a13cd21f9a8"}',NULL,NULL);
INSERT INTO Journal VALUES(3,'2026-12-01 14:57:04.4227831','system:seed','seed','Partner.Created','Partner','1',NULL,'{"CreatedAt":"2026-12-01T14:57:04.3386183Z","Id":1,"Name":"Northwind IoT"}',1,NULL);
INSERT INTO Journal VALUES(4,'2026-12-01 14:57:04.4227831','system:seed','seed','Partner.Created','Partner','2',NULL,'{"CreatedAt":"2026-12-01T14:57:04.3386183Z","Id":2,"Name":"Contoso Connect"}',2,NULL);
INSERT INTO Journal VALUES(5,'2026-12-01 14:57:04.4905349','system:seed','seed','Customer.Created','Customer','2',NULL,'{"CreatedAt":"2026-12-01T14:57:04.3386183Z","Id":2,"Name":"Blue Meters","PartnerId":1,"TagList":"metering"}',1,2);
INSERT INTO Journal VALUES(6,'2026-12-01 14:57:04.4905349','system:seed','seed','Customer.Created','Customer','1',NULL,'{"CreatedAt":"2026-12-01T14:57:04.3386183Z","Id":1,"Name":"Acme Logistics","PartnerId":1,"TagList":"eu\nfleet"}',1,1);
INSERT INTO Journal VALUES(7,'2026-12-01 14:57:04.4905349','system:seed','seed','Customer.Created','Customer','3',NULL,'{"CreatedAt":"2026-12-01T14:57:04.3386183Z","Id":3,"Name":"City Bikes","PartnerId":1,"TagList":"eu\nmobility"}',1,3);
INSERT INTO Journal VALUES(8,'2026-12-01 14:57:04.4905349','system:seed','seed','Customer.Created','Customer','4',NULL,'{"CreatedAt":"2026-12-01T14:57:04.3386183Z","Id":4,"Name":"Delta Vending","PartnerId":2,"TagList":"vending"}',2,4);
INSERT INTO Journal VALUES(9,'2026-12-01 14:57:04.4905349','system:seed','seed','Customer.Created','Customer','5',NULL,'{"CreatedAt":"2026-12-01T14:57:04.3386183Z","Id":5,"Name":"Evergreen Farms","PartnerId":2,"TagList":"agri"}',2,5);
INSERT INTO Journal VALUES(10,'2026-12-01 14:57:04.5384823','system:seed','seed','ServiceProfile.Created','ServiceProfile','2',NULL,'{"CustomerId":2,"DefaultImeiStatus":"Neutral","Id":2,"Name":"Smart meter"}',NULL,2);
INSERT INTO Journal VALUES(11,'2026-12-01 14:57:04.5384823','system:seed','seed','ServiceProfile.Created','ServiceProfile','1',NULL,'{"CustomerId":1,"DefaultImeiStatus":"Armed","Id":1,"Name":"Fleet tracker (IMEI lock)"}',NULL,1);
INSERT INTO Journal VALUES(12,'2026-12-01 14:57:04.7193129','system:seed','seed','User.Created','User','4d13ce51-eb8e-4135-9c1b-6e1c3e832c52',NULL,'{"CreatedAt":"2026-12-01T14:57:04.5791791Z","CustomerId":null,"Email":"partner.admin@northwind.test","EmailConfirmed":true,"Id":"4d13ce51-eb8e-4135-9c1b-6e1c3e832c52","IsActive":true,"LockoutEnabled":true,"LockoutEnd":null,"PartnerId":1,"PasswordHash":"***","PhoneNumber":null,"PhoneNumberConfirmed":false,"TwoFactorEnabled":false,"UserName":"partner.admin@northwind.test"}',1,NULL);
INSERT INTO Journal VALUES(13,'2026-12-01 14:57:04.7314344','system:seed','seed','UserRole.Created','UserRole','4d13ce51-eb8e-4135-9c1b-6e1c3e832c52/2f6af9af-5b3e-4d6a-91d9-3b25ffefe010',NULL,'{"RoleId":"2f6af9af-5b3e-4d6a-91d9-3b25ffefe010","UserId":"4d13ce51-eb8e-4135-9c1b-6e1c3e832c52"}',1,NULL);
INSERT INTO Journal VALUES(14,'2026-12-01 14:57:04.9509124','system:seed','seed','User.Created','User','8aad86b3-eb00-4c3e-b35b-8f10b4b0772b',NULL,'{"CreatedAt":"2026-12-01T14:57:04.7449392Z","CustomerId":null,"Email":"partner.user@northwind.test","EmailConfirmed":true,"Id":"8aad86b3-eb00-4c3e-b35b-8f10b4b0772b","IsActive":true,"LockoutEnabled":true,"LockoutEnd":null,"PartnerId":1,"PasswordHash":"***","PhoneNumber":null,"PhoneNumberConfirmed":false,"TwoFactorEnabled":false,"UserName":"partner.user@northwind.test"}',1,NULL);
INSERT INTO Journal VALUES(15,'2026-12-01 14:57:04.9660402','system:seed','seed','UserRole.Created','UserRole','8aad86b3-eb00-4c3e-b35b-8f10b4b0772b/ebbc057d-6db7-4eb8-a173-8717f6763665',NULL,'{"RoleId":"ebbc057d-6db7-4eb8-a173-8717f6763665","UserId":"8aad86b3-eb00-4c3e-b35b-8f10b4b0772b"}',1,NULL);
INSERT INTO Journal VALUES(16,'2026-12-01 14:57:05.257382','system:seed','seed','User.Created','User','c5f44e80-433d-41cf-b261-751a524bbaa7',NULL,'{"CreatedAt":"2026-12-01T14:57:04.9809872Z","CustomerId":null,"Email":"partner.readonly@northwind.test","EmailConfirmed":true,"Id":"c5f44e80-433d-41cf-b261-751a524bbaa7","IsActive":true,"LockoutEnabled":true,"LockoutEnd":null,"PartnerId":1,"PasswordHash":"***","PhoneNumber":null,"PhoneNumberConfirmed":false,"TwoFactorEnabled":false,"UserName":"partner.readonly@northwind.test"}',1,NULL);
INSERT INTO Journal VALUES(17,'2026-12-01 14:57:05.277869','system:seed','seed','UserRole.Created','UserRole','c5f44e80-433d-41cf-b261-751a524bbaa7/6d0c49ca-30c3-48f9-b72b-9b7a55479324',NULL,'{"RoleId":"6d0c49ca-30c3-48f9-b72b-9b7a55479324","UserId":"c5f44e80-433d-41cf-b261-751a524bbaa7"}',1,NULL);
INSERT INTO Journal VALUES(18,'2026-12-01 14:57:05.5106423','system:seed','seed','User.Created','User','36fcf935-c131-493b-aaeb-8ecb7e57a698',NULL,'{"CreatedAt":"2026-12-01T14:57:05.3385246Z","CustomerId":1,"Email":"customer.admin@acme.test","EmailConfirmed":true,"Id":"36fcf935-c131-493b-aaeb-8ecb7e57a698","IsActive":true,"LockoutEnabled":true,"LockoutEnd":null,"PartnerId":1,"PasswordHash":"***","PhoneNumber":null,"PhoneNumberConfirmed":false,"TwoFactorEnabled":false,"UserName":"customer.admin@acme.test"}',1,1);
INSERT INTO Journal VALUES(19,'2026-12-01 14:57:05.5331037','system:seed','seed','UserRole.Created','UserRole','36fcf935-c131-493b-aaeb-8ecb7e57a698/71cae52c-1316-4b6b-8e17-1c336fb7d5e9',NULL,'{"RoleId":"71cae52c-1316-4b6b-8e17-1c336fb7d5e9","UserId":"36fcf935-c131-493b-aaeb-8ecb7e57a698"}',1,1);
INSERT INTO Journal VALUES(20,'2026-12-01 14:57:05.7794551','system:seed','seed','User.Created','User','539b2ec6-462a-4dba-8ac9-0216932080ac',NULL,'{"CreatedAt":"2026-12-01T14:57:05.541059Z","CustomerId":1,"Email":"customer.user@acme.test","EmailConfirmed":true,"Id":"539b2ec6-462a-4dba-8ac9-0216932080ac","IsActive":true,"LockoutEnabled":true,"LockoutEnd":null,"PartnerId":1,"PasswordHash":"***","PhoneNumber":null,"PhoneNumberConfirmed":false,"TwoFactorEnabled":false,"UserName":"customer.user@acme.test"}',1,1);
INSERT INTO Journal VALUES(21,'2026-12-01 14:57:05.8091464','system:seed','seed','UserRole.Created','UserRole','539b2ec6-462a-4dba-8ac9-0216932080ac/91738b2d-9152-4bcf-a989-2e679b23f804',NULL,'{"RoleId":"91738b2d-9152-4bcf-a989-2e679b23f804","UserId":"539b2ec6-462a-4dba-8ac9-0216932080ac"}',1,1);
INSERT INTO Journal VALUES(22,'2026-12-01 14:57:06.06887','system:seed','seed','User.Created','User','a27cac2d-5230-4da3-8f93-054f4e613dc7',NULL,'{"CreatedAt":"2026-12-01T14:57:05.8221654Z","CustomerId":1,"Email":"customer.readonly@acme.test","EmailConfirmed":true,"Id":"a27cac2d-5230-4da3-8f93-054f4e613dc7","IsActive":true,"LockoutEnabled":true,"LockoutEnd":null,"PartnerId":1,"PasswordHash":"***","PhoneNumber":null,"PhoneNumberConfirmed":false,"TwoFactorEnabled":false,"UserName":"customer.readonly@acme.test"}',1,1);
INSERT INTO Journal VALUES(23,'2026-12-01 14:57:06.0912468','system:seed','seed','UserRole.Created','UserRole','a27cac2d-5230-4da3-8f93-054f4e613dc7/919b65c7-2275-42f3-bd6b-befdbc707778',NULL,'{"RoleId":"919b65c7-2275-42f3-bd6b-befdbc707778","UserId":"a27cac2d-5230-4da3-8f93-054f4e613dc7"}',1,1);
INSERT INTO Journal VALUES(24,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','5',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":1,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000041","Id":5,"Imei":"868937049079555","ImeiLastSeenAt":"2026-11-19T14:57:04.3386183Z","ImeiLock":"868937049079555","ImeiStatus":"Locked","Imsi":"208010000000004","Msisdn":"33610000004","Network":"RoamNet 901","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,1);
INSERT INTO Journal VALUES(25,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','4',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":4,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000033","Id":4,"Imei":"358750068547775","ImeiLastSeenAt":"2026-10-24T14:57:04.3386183Z","ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000003","Msisdn":"33610000003","Network":"MultiNet","PartnerId":2,"ServiceId":null,"Status":"Active","TacChanged":false}',2,4);
INSERT INTO Journal VALUES(26,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','3',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":1,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000025","Id":3,"Imei":"012346009161418","ImeiLastSeenAt":"2026-11-26T14:57:04.3386183Z","ImeiLock":"012346009161418","ImeiStatus":"Locked","Imsi":"208010000000002","Msisdn":"33610000002","Network":"EE","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,1);
INSERT INTO Journal VALUES(27,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','2',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":1,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000017","Id":2,"Imei":"353328112834443","ImeiLastSeenAt":"2026-10-07T14:57:04.3386183Z","ImeiLock":"353328112834443","ImeiStatus":"Locked","Imsi":"208010000000001","Msisdn":"33610000001","Network":"RoamNet 901","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,1);
INSERT INTO Journal VALUES(28,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','1',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":1,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000009","Id":1,"Imei":null,"ImeiLastSeenAt":null,"ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000000","Msisdn":"33610000000","Network":"MultiNet","PartnerId":1,"ServiceId":null,"Status":"Inventory","TacChanged":false}',1,1);
INSERT INTO Journal VALUES(29,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','6',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":1,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000058","Id":6,"Imei":"868937045066879","ImeiLastSeenAt":"2026-11-23T14:57:04.3386183Z","ImeiLock":"868937045066879","ImeiStatus":"Locked","Imsi":"208010000000005","Msisdn":"33610000005","Network":"EE","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,1);
INSERT INTO Journal VALUES(30,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','7',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":1,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000066","Id":7,"Imei":"868937045098468","ImeiLastSeenAt":"2026-11-24T14:57:04.3386183Z","ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000006","Msisdn":"33610000006","Network":"MultiNet","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,1);
INSERT INTO Journal VALUES(31,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','8',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":5,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000074","Id":8,"Imei":"358750067916831","ImeiLastSeenAt":"2026-11-30T14:57:04.3386183Z","ImeiLock":"358750067916831","ImeiStatus":"Locked","Imsi":"208010000000007","Msisdn":"33610000007","Network":"RoamNet 901","PartnerId":2,"ServiceId":null,"Status":"Active","TacChanged":false}',2,5);
INSERT INTO Journal VALUES(32,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','9',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":2,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000082","Id":9,"Imei":"012346003960534","ImeiLastSeenAt":"2026-10-14T14:57:04.3386183Z","ImeiLock":"012346003960534","ImeiStatus":"Locked","Imsi":"208010000000008","Msisdn":"33610000008","Network":"EE","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,2);
INSERT INTO Journal VALUES(33,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','10',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":null,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000090","Id":10,"Imei":"353328111543458","ImeiLastSeenAt":"2026-10-18T14:57:04.3386183Z","ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000009","Msisdn":"33610000009","Network":"MultiNet","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,NULL);
INSERT INTO Journal VALUES(34,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','11',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":2,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000108","Id":11,"Imei":"353328111155485","ImeiLastSeenAt":"2026-11-30T14:57:04.3386183Z","ImeiLock":"353328111155485","ImeiStatus":"Pairing","Imsi":"208010000000010","Msisdn":"33610000010","Network":"RoamNet 901","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,2);
INSERT INTO Journal VALUES(35,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','12',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":5,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000116","Id":12,"Imei":null,"ImeiLastSeenAt":null,"ImeiLock":null,"ImeiStatus":"Armed","Imsi":"208010000000011","Msisdn":"33610000011","Network":"EE","PartnerId":2,"ServiceId":null,"Status":"Active","TacChanged":false}',2,5);
INSERT INTO Journal VALUES(36,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','13',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":2,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000124","Id":13,"Imei":null,"ImeiLastSeenAt":null,"ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000012","Msisdn":"33610000012","Network":"MultiNet","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,2);
INSERT INTO Journal VALUES(37,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','14',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":2,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000132","Id":14,"Imei":"868937048571149","ImeiLastSeenAt":"2026-10-27T14:57:04.3386183Z","ImeiLock":"868937048571149","ImeiStatus":"Locked","Imsi":"208010000000013","Msisdn":"33610000013","Network":"RoamNet 901","PartnerId":1,"ServiceId":null,"Status":"Suspended","TacChanged":false}',1,2);
INSERT INTO Journal VALUES(38,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','15',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":3,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000140","Id":15,"Imei":"868937045437161","ImeiLastSeenAt":"2026-11-25T14:57:04.3386183Z","ImeiLock":"868937045437161","ImeiStatus":"Locked","Imsi":"208010000000014","Msisdn":"33610000014","Network":"EE","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,3);
INSERT INTO Journal VALUES(39,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','16',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":4,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000157","Id":16,"Imei":"012346006255833","ImeiLastSeenAt":"2026-11-19T14:57:04.3386183Z","ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000015","Msisdn":"33610000015","Network":"MultiNet","PartnerId":2,"ServiceId":null,"Status":"Active","TacChanged":false}',2,4);
INSERT INTO Journal VALUES(40,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','17',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":3,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000165","Id":17,"Imei":"353328119964607","ImeiLastSeenAt":"2026-10-15T14:57:04.3386183Z","ImeiLock":"353328119964607","ImeiStatus":"Locked","Imsi":"208010000000016","Msisdn":"33610000016","Network":"RoamNet 901","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,3);
INSERT INTO Journal VALUES(41,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','18',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":3,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000173","Id":18,"Imei":"012346000305832","ImeiLastSeenAt":"2026-11-16T14:57:04.3386183Z","ImeiLock":"012346000305832","ImeiStatus":"Locked","Imsi":"208010000000017","Msisdn":"33610000017","Network":"EE","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,3);
INSERT INTO Journal VALUES(42,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','19',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":3,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000181","Id":19,"Imei":"012346002597287","ImeiLastSeenAt":"2026-10-09T14:57:04.3386183Z","ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000018","Msisdn":"33610000018","Network":"MultiNet","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,3);
INSERT INTO Journal VALUES(43,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','20',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":null,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000199","Id":20,"Imei":"353328117340214","ImeiLastSeenAt":"2026-11-13T14:57:04.3386183Z","ImeiLock":"353328117340214","ImeiStatus":"Locked","Imsi":"208010000000019","Msisdn":"33610000019","Network":"RoamNet 901","PartnerId":2,"ServiceId":null,"Status":"Active","TacChanged":false}',2,NULL);
INSERT INTO Journal VALUES(44,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','21',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":3,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000207","Id":21,"Imei":null,"ImeiLastSeenAt":null,"ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000020","Msisdn":"33610000020","Network":"EE","PartnerId":1,"ServiceId":null,"Status":"Inventory","TacChanged":false}',1,3);
INSERT INTO Journal VALUES(45,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','22',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":1,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000215","Id":22,"Imei":"868937046555490","ImeiLastSeenAt":"2026-10-20T14:57:04.3386183Z","ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000021","Msisdn":"33610000021","Network":"MultiNet","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,1);
INSERT INTO Journal VALUES(46,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','23',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":1,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000223","Id":23,"Imei":"012346002221995","ImeiLastSeenAt":"2026-10-15T14:57:04.3386183Z","ImeiLock":"012346002221995","ImeiStatus":"Pairing","Imsi":"208010000000022","Msisdn":"33610000022","Network":"RoamNet 901","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,1);
INSERT INTO Journal VALUES(47,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','24',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":5,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000231","Id":24,"Imei":null,"ImeiLastSeenAt":null,"ImeiLock":null,"ImeiStatus":"Armed","Imsi":"208010000000023","Msisdn":"33610000023","Network":"EE","PartnerId":2,"ServiceId":null,"Status":"Active","TacChanged":false}',2,5);
INSERT INTO Journal VALUES(48,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','25',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":1,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000249","Id":25,"Imei":null,"ImeiLastSeenAt":null,"ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000024","Msisdn":"33610000024","Network":"MultiNet","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,1);
INSERT INTO Journal VALUES(49,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','26',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":1,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000256","Id":26,"Imei":"012346001952913","ImeiLastSeenAt":"2026-10-06T14:57:04.3386183Z","ImeiLock":"012346001952913","ImeiStatus":"Locked","Imsi":"208010000000025","Msisdn":"33610000025","Network":"RoamNet 901","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,1);
INSERT INTO Journal VALUES(50,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','27',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":1,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000264","Id":27,"Imei":"868937046120311","ImeiLastSeenAt":"2026-10-11T14:57:04.3386183Z","ImeiLock":"868937046120311","ImeiStatus":"Locked","Imsi":"208010000000026","Msisdn":"33610000026","Network":"EE","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,1);
INSERT INTO Journal VALUES(51,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','28',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":5,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000272","Id":28,"Imei":"358750062882418","ImeiLastSeenAt":"2026-10-03T14:57:04.3386183Z","ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000027","Msisdn":"33610000027","Network":"MultiNet","PartnerId":2,"ServiceId":null,"Status":"Active","TacChanged":false}',2,5);
INSERT INTO Journal VALUES(52,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','29',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":2,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000280","Id":29,"Imei":"358750069390662","ImeiLastSeenAt":"2026-11-21T14:57:04.3386183Z","ImeiLock":"358750069390662","ImeiStatus":"Locked","Imsi":"208010000000028","Msisdn":"33610000028","Network":"RoamNet 901","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,2);
INSERT INTO Journal VALUES(53,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','30',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":null,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000298","Id":30,"Imei":"012346003033829","ImeiLastSeenAt":"2026-11-25T14:57:04.3386183Z","ImeiLock":"012346003033829","ImeiStatus":"Locked","Imsi":"208010000000029","Msisdn":"33610000029","Network":"EE","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,NULL);
INSERT INTO Journal VALUES(54,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','31',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":2,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000306","Id":31,"Imei":"012346009214167","ImeiLastSeenAt":"2026-10-13T14:57:04.3386183Z","ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000030","Msisdn":"33610000030","Network":"MultiNet","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,2);
INSERT INTO Journal VALUES(55,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','32',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":4,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000314","Id":32,"Imei":"358750061557730","ImeiLastSeenAt":"2026-11-09T14:57:04.3386183Z","ImeiLock":"358750061557730","ImeiStatus":"Locked","Imsi":"208010000000031","Msisdn":"33610000031","Network":"RoamNet 901","PartnerId":2,"ServiceId":null,"Status":"Active","TacChanged":false}',2,4);
INSERT INTO Journal VALUES(56,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','33',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":2,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000322","Id":33,"Imei":"012346000684863","ImeiLastSeenAt":"2026-11-19T14:57:04.3386183Z","ImeiLock":"012346000684863","ImeiStatus":"Locked","Imsi":"208010000000032","Msisdn":"33610000032","Network":"EE","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,2);
INSERT INTO Journal VALUES(57,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','34',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":2,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000330","Id":34,"Imei":"868937047768233","ImeiLastSeenAt":"2026-10-03T14:57:04.3386183Z","ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000033","Msisdn":"33610000033","Network":"MultiNet","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,2);
INSERT INTO Journal VALUES(58,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','35',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":2,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000348","Id":35,"Imei":"012346005149144","ImeiLastSeenAt":"2026-10-05T14:57:04.3386183Z","ImeiLock":"012346005149144","ImeiStatus":"Pairing","Imsi":"208010000000034","Msisdn":"33610000034","Network":"RoamNet 901","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,2);
INSERT INTO Journal VALUES(59,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','36',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":5,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000355","Id":36,"Imei":null,"ImeiLastSeenAt":null,"ImeiLock":null,"ImeiStatus":"Armed","Imsi":"208010000000035","Msisdn":"33610000035","Network":"EE","PartnerId":2,"ServiceId":null,"Status":"Active","TacChanged":false}',2,5);
INSERT INTO Journal VALUES(60,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','37',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":3,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000363","Id":37,"Imei":null,"ImeiLastSeenAt":null,"ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000036","Msisdn":"33610000036","Network":"MultiNet","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,3);
INSERT INTO Journal VALUES(61,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','38',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":3,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000371","Id":38,"Imei":"353328113901266","ImeiLastSeenAt":"2026-11-04T14:57:04.3386183Z","ImeiLock":"353328113901266","ImeiStatus":"Locked","Imsi":"208010000000037","Msisdn":"33610000037","Network":"RoamNet 901","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,3);
INSERT INTO Journal VALUES(62,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','39',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":3,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000389","Id":39,"Imei":"868937046364828","ImeiLastSeenAt":"2026-10-19T14:57:04.3386183Z","ImeiLock":"868937046364828","ImeiStatus":"Locked","Imsi":"208010000000038","Msisdn":"33610000038","Network":"EE","PartnerId":1,"ServiceId":null,"Status":"Active","TacChanged":false}',1,3);
INSERT INTO Journal VALUES(63,'2026-12-01 14:57:06.3352233','system:seed','seed','Sim.Created','Sim','40',NULL,'{"BarredByImeiLock":false,"CreatedAt":"2026-09-02T14:57:04.3386183Z","CustomerId":null,"FirstImeiAfterTrigger":null,"FrequentImeiChanges":false,"Iccid":"8944010000000000397","Id":40,"Imei":"358750069377735","ImeiLastSeenAt":"2026-10-07T14:57:04.3386183Z","ImeiLock":null,"ImeiStatus":"Neutral","Imsi":"208010000000039","Msisdn":"33610000039","Network":"MultiNet","PartnerId":2,"ServiceId":null,"Status":"Active","TacChanged":false}',2,NULL);
INSERT INTO Journal VALUES(64,'2026-12-01 14:57:07.1319606','system:seed','seed','Alarm.Created','Alarm','1',NULL,'{"Action":"Bar","CreatedAt":"2026-12-01T14:57:07.0154637Z","CustomerId":null,"Enabled":true,"FilterImeiStatus":null,"FilterNetwork":null,"FilterStatus":null,"FilterTag":null,"Iccids":[],"Id":1,"Name":"Stolen SIM: bar on another device","PartnerId":1,"RecipientEmails":["noc@northwind.test"],"RecipientUserIds":["4d13ce51-eb8e-4135-9c1b-6e1c3e832c52"],"ThresholdMb":null,"Type":"ImeiStatusChange","WebhookUrl":null}',1,NULL);
INSERT INTO Journal VALUES(65,'2026-12-01 14:57:07.176108','system:seed','seed','Alarm.Created','Alarm','2',NULL,'{"Action":"Notify","CreatedAt":"2026-12-01T14:57:07.1657376Z","CustomerId":1,"Enabled":true,"FilterImeiStatus":null,"FilterNetwork":null,"FilterStatus":null,"FilterTag":null,"Iccids":[],"Id":2,"Name":"Acme: device change","PartnerId":1,"RecipientEmails":["fleet@acme.test"],"RecipientUserIds":["36fcf935-c131-493b-aaeb-8ecb7e57a698"],"ThresholdMb":null,"Type":"ImeiStatusChange","WebhookUrl":null}',1,1);
INSERT INTO Journal VALUES(66,'2026-12-01 14:57:07.6392981','system:seed','seed','Order.Created','Order','1',NULL,'{"CompletedAt":null,"CreatedAt":"2026-12-01T14:57:07.3525382Z","CustomerId":2,"DueAt":"2026-12-01T14:57:07.3525382Z","EnableImeiLock":false,"Iccid":"8944010000000000082","Id":1,"ImeiStatus":null,"Label":"IMEI lock bar","PartnerId":1,"Reason":null,"RequestedBy":"alarm:1","SimId":9,"State":"Pending","Type":"Bar","UnbarOption":null}',1,2);
INSERT INTO Journal VALUES(67,'2026-12-01 14:57:07.6392981','system:seed','seed','Order.Created','Order','2',NULL,'{"CompletedAt":null,"CreatedAt":"2026-12-01T14:57:07.5225905Z","CustomerId":2,"DueAt":"2026-12-01T14:57:07.5225905Z","EnableImeiLock":false,"Iccid":"8944010000000000322","Id":2,"ImeiStatus":null,"Label":"IMEI lock bar","PartnerId":1,"Reason":null,"RequestedBy":"alarm:1","SimId":33,"State":"Pending","Type":"Bar","UnbarOption":null}',1,2);
INSERT INTO Journal VALUES(68,'2026-12-01 14:57:07.6392981','system:seed','seed','Sim.Updated','Sim','9','{"FirstImeiAfterTrigger":null,"Imei":"012346003960534","ImeiStatus":"Locked","TacChanged":false}','{"FirstImeiAfterTrigger":"868937046150631","Imei":"868937046150631","ImeiStatus":"Differed","TacChanged":true}',1,2);
INSERT INTO Journal VALUES(69,'2026-12-01 14:57:07.6392981','system:seed','seed','Sim.Updated','Sim','33','{"FirstImeiAfterTrigger":null,"Imei":"012346000684863","ImeiStatus":"Locked"}','{"FirstImeiAfterTrigger":"012346004002252","Imei":"012346004002252","ImeiStatus":"Differed"}',1,2);
INSERT INTO Journal VALUES(70,'2026-12-01 14:57:08.3032698','system:provisioning','provisioning','Order.Updated','Order','1','{"CompletedAt":null,"State":"Pending"}','{"CompletedAt":"2026-12-01T14:57:08.3012951Z","State":"Completed"}',1,2);
INSERT INTO Journal VALUES(71,'2026-12-01 14:57:08.3032698','system:provisioning','provisioning','Sim.Updated','Sim','9','{"BarredByImeiLock":false,"Status":"Active"}','{"BarredByImeiLock":true,"Status":"Barred"}',1,2);
INSERT INTO Journal VALUES(72,'2026-12-01 14:57:08.3610837','system:provisioning','provisioning','Order.Updated','Order','2','{"CompletedAt":null,"State":"Pending"}','{"CompletedAt":"2026-12-01T14:57:08.3356139Z","State":"Completed"}',1,2);
INSERT INTO Journal VALUES(73,'2026-12-01 14:57:08.3610837','system:provisioning','provisioning','Sim.Updated','Sim','33','{"BarredByImeiLock":false,"Status":"Active"}','{"BarredByImeiLock":true,"Status":"Barred"}',1,2);
CREATE TABLE IF NOT EXISTS "Notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY AUTOINCREMENT,
    "AlarmId" INTEGER NOT NULL,
    "PartnerId" INTEGER NOT NULL,
    "CustomerId" INTEGER NULL,
    "SimId" INTEGER NULL,
    "Iccid" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Message" TEXT NOT NULL,
    "PreviousImei" TEXT NULL,
    "NewImei" TEXT NULL,
    "ImeiLock" TEXT NULL,
    "TacChanged" INTEGER NOT NULL
);
INSERT INTO Notifications VALUES(1,1,1,2,9,'8944010000000000082','2026-12-01 14:57:07.3525382',0,'Alarm ''Stolen SIM: bar on another device'': SIM 8944010000000000082 was seen in another device, IMEI 868937046150631 (previously 012346003960534, locked to 012346003960534), a different device model. A bar order was placed.','012346003960534','868937046150631','012346003960534',1);
INSERT INTO Notifications VALUES(2,1,1,2,33,'8944010000000000322','2026-12-01 14:57:07.5225905',0,'Alarm ''Stolen SIM: bar on another device'': SIM 8944010000000000322 was seen in another device, IMEI 012346004002252 (previously 012346000684863, locked to 012346000684863). A bar order was placed.','012346000684863','012346004002252','012346000684863',0);
CREATE TABLE IF NOT EXISTS "Partners" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Partners" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);
INSERT INTO Partners VALUES(1,'Northwind IoT','2026-12-01 14:57:04.3386183');
INSERT INTO Partners VALUES(2,'Contoso Connect','2026-12-01 14:57:04.3386183');
CREATE TABLE IF NOT EXISTS "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "NotificationDeliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_NotificationDeliveries" PRIMARY KEY AUTOINCREMENT,
    "NotificationId" INTEGER NOT NULL,
    "Channel" INTEGER NOT NULL,
    "Target" TEXT NOT NULL,
    "State" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" TEXT NULL,
    "DeliveredAt" TEXT NULL,
    "LastError" TEXT NULL,
    "ReadAt" TEXT NULL,
    CONSTRAINT "FK_NotificationDeliveries_Notifications_NotificationId" FOREIGN KEY ("NotificationId") REFERENCES "Notifications" ("Id") ON DELETE CASCADE
);
INSERT INTO NotificationDeliveries VALUES(1,1,0,'4d13ce51-eb8e-4135-9c1b-6e1c3e832c52',1,1,NULL,'2026-12-01 14:57:08.2899316',NULL,NULL);
INSERT INTO NotificationDeliveries VALUES(2,1,1,'noc@northwind.test',1,1,NULL,'2026-12-01 14:57:08.3521744',NULL,NULL);
INSERT INTO NotificationDeliveries VALUES(3,2,0,'4d13ce51-eb8e-4135-9c1b-6e1c3e832c52',1,1,NULL,'2026-12-01 14:57:08.3537749',NULL,NULL);
INSERT INTO NotificationDeliveries VALUES(4,2,1,'noc@northwind.test',1,1,NULL,'2026-12-01 14:57:08.363025',NULL,NULL);
CREATE TABLE IF NOT EXISTS "Customers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Customers" PRIMARY KEY AUTOINCREMENT,
    "PartnerId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Tags" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Customers_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Partners" ("Id") ON DELETE RESTRICT
);
INSERT INTO Customers VALUES(1,1,'Acme Logistics',replace('eu\nfleet','\n',char(10)),'2026-12-01 14:57:04.3386183');
INSERT INTO Customers VALUES(2,1,'Blue Meters','metering','2026-12-01 14:57:04.3386183');
INSERT INTO Customers VALUES(3,1,'City Bikes',replace('eu\nmobility','\n',char(10)),'2026-12-01 14:57:04.3386183');
INSERT INTO Customers VALUES(4,2,'Delta Vending','vending','2026-12-01 14:57:04.3386183');
INSERT INTO Customers VALUES(5,2,'Evergreen Farms','agri','2026-12-01 14:57:04.3386183');
CREATE TABLE IF NOT EXISTS "Alarms" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Alarms" PRIMARY KEY AUTOINCREMENT,
    "PartnerId" INTEGER NOT NULL,
    "CustomerId" INTEGER NULL,
    "Type" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Action" INTEGER NOT NULL,
    "Enabled" INTEGER NOT NULL,
    "Iccids" TEXT NOT NULL,
    "RecipientUserIds" TEXT NOT NULL,
    "RecipientEmails" TEXT NOT NULL,
    "WebhookUrl" TEXT NULL,
    "ThresholdMb" INTEGER NULL,
    "FilterStatus" INTEGER NULL,
    "FilterImeiStatus" INTEGER NULL,
    "FilterNetwork" TEXT NULL,
    "FilterTag" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Alarms_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Alarms_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Partners" ("Id") ON DELETE RESTRICT
);
INSERT INTO Alarms VALUES(1,1,NULL,0,'Stolen SIM: bar on another device',1,1,'','4d13ce51-eb8e-4135-9c1b-6e1c3e832c52','noc@northwind.test',NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-01 14:57:07.0154637',0);
INSERT INTO Alarms VALUES(2,1,1,0,'Acme: device change',0,1,'','36fcf935-c131-493b-aaeb-8ecb7e57a698','fleet@acme.test',NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-01 14:57:07.1657376',0);
CREATE TABLE IF NOT EXISTS "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "PartnerId" INTEGER NULL,
    "CustomerId" INTEGER NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AspNetUsers_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Partners" ("Id") ON DELETE RESTRICT
);
INSERT INTO AspNetUsers VALUES('b0e8dbc7-0238-498f-bdef-8a13cd21f9a8',NULL,NULL,1,'2026-12-01 14:57:03.5456302','admin@demo.imeiportal.test','ADMIN@DEMO.IMEIPORTAL.TEST','admin@demo.imeiportal.test','ADMIN@DEMO.IMEIPORTAL.TEST',1,'AQAAAAIAAYagAAAAECsGJjwHRgm7bCBtsnhAa0WjOCJiuZAeV7zit/Zq+R+YzDd7/yclKR+AlCIEfloDxA==','TAVH2RBKMLREF37XSLOKLVBKESXUF7ZJ','7b12ddb2-62f4-4dbd-844c-442d11684092',NULL,0,0,NULL,1,0);
INSERT INTO AspNetUsers VALUES('4d13ce51-eb8e-4135-9c1b-6e1c3e832c52',1,NULL,1,'2026-12-01 14:57:04.5791791','partner.admin@northwind.test','PARTNER.ADMIN@NORTHWIND.TEST','partner.admin@northwind.test','PARTNER.ADMIN@NORTHWIND.TEST',1,'AQAAAAIAAYagAAAAELPOMuS2IoF0KI3rFVp4tx49tKJ5GiX+C4qEfT8IosTpda7sq2ABOi9rkbjNQikmGg==','KIRNVUP4P5RDNEAQX4CIEG2V4VOPMGKM','53229660-cd21-46fe-b6b1-224f3249630b',NULL,0,0,NULL,1,0);
INSERT INTO AspNetUsers VALUES('8aad86b3-eb00-4c3e-b35b-8f10b4b0772b',1,NULL,1,'2026-12-01 14:57:04.7449392','partner.user@northwind.test','PARTNER.USER@NORTHWIND.TEST','partner.user@northwind.test','PARTNER.USER@NORTHWIND.TEST',1,'AQAAAAIAAYagAAAAEJyIzlxYZjM3XCW4gb1Jz6Pcd4W40ZMsWltuXVebNyAzND/LK6eyBCR+tHiqruXOmg==','YSJL7IWMGHEF6QMUFES3EIUPBV7TW4WF','6c908922-789b-4e8a-9b07-b6a63b165473',NULL,0,0,NULL,1,0);
INSERT INTO AspNetUsers VALUES('c5f44e80-433d-41cf-b261-751a524bbaa7',1,NULL,1,'2026-12-01 14:57:04.9809872','partner.readonly@northwind.test','PARTNER.READONLY@NORTHWIND.TEST','partner.readonly@northwind.test','PARTNER.READONLY@NORTHWIND.TEST',1,'AQAAAAIAAYagAAAAEBvYbHTmszKj1tKIx+/wAwJLI7xStRef2yBDBBufCJpcUctOG8NV5X9rpfYLjzaarQ==','5JTO7PGQWG3YXPLPURKVPPFIBOQWNXF6','728164aa-7879-416f-9e81-2faf4bcc83b8',NULL,0,0,NULL,1,0);
INSERT INTO AspNetUsers VALUES('36fcf935-c131-493b-aaeb-8ecb7e57a698',1,1,1,'2026-12-01 14:57:05.3385246','customer.admin@acme.test','CUSTOMER.ADMIN@ACME.TEST','customer.admin@acme.test','CUSTOMER.ADMIN@ACME.TEST',1,'AQAAAAIAAYagAAAAENuUzkwx7VreNMv24byRiTg8xjZKAr+3kEnowJIlAmHJX3ePFvXAwgnDVZEJIK6Kyw==','S3PGOQ2EQ6JQHVYDIONGHZRF4DZKIL4D','102ff69c-ce7f-489a-897c-6b03ef407f3d',NULL,0,0,NULL,1,0);
INSERT INTO AspNetUsers VALUES('539b2ec6-462a-4dba-8ac9-0216932080ac',1,1,1,'2026-12-01 14:57:05.541059','customer.user@acme.test','CUSTOMER.USER@ACME.TEST','customer.user@acme.test','CUSTOMER.USER@ACME.TEST',1,'AQAAAAIAAYagAAAAEDS1iOpZGSyauubzT2aINguhB4yCQ4jiSS3gEkTclS9PNjSLT7C0UrHfSmnVdLNxvQ==','DKBLLJLLN5YDPZRHRFDMN4TNOHAUSXQV','d0b89683-1eca-4d9d-9519-880cd9a8c0bc',NULL,0,0,NULL,1,0);
INSERT INTO AspNetUsers VALUES('a27cac2d-5230-4da3-8f93-054f4e613dc7',1,1,1,'2026-12-01 14:57:05.8221654','customer.readonly@acme.test','CUSTOMER.READONLY@ACME.TEST','customer.readonly@acme.test','CUSTOMER.READONLY@ACME.TEST',1,'AQAAAAIAAYagAAAAEBcCmatRl6vVeyYFkdkCBjPnwqAJxIQynDTNzIufaE0LMKjkAqsIAawQI3w5kT025g==','X5JB6CI45K7P6DPURLR4AANJZL5SC67H','08cddba3-143f-4a6c-be64-4b527ea09bc7',NULL,0,0,NULL,1,0);
CREATE TABLE IF NOT EXISTS "ServiceProfiles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ServiceProfiles" PRIMARY KEY AUTOINCREMENT,
    "CustomerId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "DefaultImeiStatus" INTEGER NOT NULL,
    CONSTRAINT "FK_ServiceProfiles_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);
INSERT INTO ServiceProfiles VALUES(1,1,'Fleet tracker (IMEI lock)',1);
INSERT INTO ServiceProfiles VALUES(2,2,'Smart meter',0);
CREATE TABLE IF NOT EXISTS "AlarmFirings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AlarmFirings" PRIMARY KEY AUTOINCREMENT,
    "AlarmId" INTEGER NOT NULL,
    "PeriodKey" TEXT NOT NULL,
    "FiredAt" TEXT NOT NULL,
    CONSTRAINT "FK_AlarmFirings_Alarms_AlarmId" FOREIGN KEY ("AlarmId") REFERENCES "Alarms" ("Id") ON DELETE CASCADE
);
INSERT INTO AlarmFirings VALUES(1,1,'imei:8944010000000000082:639317043643386183','2026-12-01 14:57:07.3525382');
INSERT INTO AlarmFirings VALUES(2,1,'imei:8944010000000000322:639317220643386183','2026-12-01 14:57:07.5225905');
CREATE TABLE IF NOT EXISTS "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
INSERT INTO AspNetUserRoles VALUES('b0e8dbc7-0238-498f-bdef-8a13cd21f9a8','736b473c-e9b3-4a6e-a8d0-0e9f9795a257');
INSERT INTO AspNetUserRoles VALUES('4d13ce51-eb8e-4135-9c1b-6e1c3e832c52','2f6af9af-5b3e-4d6a-91d9-3b25ffefe010');
INSERT INTO AspNetUserRoles VALUES('8aad86b3-eb00-4c3e-b35b-8f10b4b0772b','ebbc057d-6db7-4eb8-a173-8717f6763665');
INSERT INTO AspNetUserRoles VALUES('c5f44e80-433d-41cf-b261-751a524bbaa7','6d0c49ca-30c3-48f9-b72b-9b7a55479324');
INSERT INTO AspNetUserRoles VALUES('36fcf935-c131-493b-aaeb-8ecb7e57a698','71cae52c-1316-4b6b-8e17-1c336fb7d5e9');
INSERT INTO AspNetUserRoles VALUES('539b2ec6-462a-4dba-8ac9-0216932080ac','91738b2d-9152-4bcf-a989-2e679b23f804');
INSERT INTO AspNetUserRoles VALUES('a27cac2d-5230-4da3-8f93-054f4e613dc7','919b65c7-2275-42f3-bd6b-befdbc707778');
CREATE TABLE IF NOT EXISTS "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Sims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sims" PRIMARY KEY AUTOINCREMENT,
    "Iccid" TEXT NOT NULL,
    "Imsi" TEXT NULL,
    "Msisdn" TEXT NULL,
    "Network" TEXT NULL,
    "PartnerId" INTEGER NOT NULL,
    "CustomerId" INTEGER NULL,
    "ServiceId" INTEGER NULL,
    "Status" INTEGER NOT NULL,
    "Imei" TEXT NULL,
    "ImeiLock" TEXT NULL,
    "ImeiStatus" INTEGER NOT NULL,
    "ImeiLastSeenAt" TEXT NULL,
    "FirstImeiAfterTrigger" TEXT NULL,
    "LastObservedAt" TEXT NULL,
    "TacChanged" INTEGER NOT NULL,
    "FrequentImeiChanges" INTEGER NOT NULL,
    "RecentImeiChanges" TEXT NOT NULL,
    "BarredByImeiLock" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL, "LastDetectionId" INTEGER NULL,
    CONSTRAINT "FK_Sims_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Sims_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Partners" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Sims_ServiceProfiles_ServiceId" FOREIGN KEY ("ServiceId") REFERENCES "ServiceProfiles" ("Id") ON DELETE SET NULL
);
INSERT INTO Sims VALUES(1,'8944010000000000009','208010000000000','33610000000','MultiNet',1,1,NULL,0,NULL,NULL,0,NULL,NULL,NULL,0,0,'',0,'2026-09-02 14:57:04.3386183',0,NULL);
INSERT INTO Sims VALUES(2,'8944010000000000017','208010000000001','33610000001','RoamNet 901',1,1,NULL,1,'353328112834443','353328112834443',2,'2026-10-07 14:57:04.3386183',NULL,'2026-10-07 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(3,'8944010000000000025','208010000000002','33610000002','EE',1,1,NULL,1,'012346009161418','012346009161418',2,'2026-11-26 14:57:04.3386183',NULL,'2026-11-26 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(4,'8944010000000000033','208010000000003','33610000003','MultiNet',2,4,NULL,1,'358750068547775',NULL,0,'2026-10-24 14:57:04.3386183',NULL,'2026-10-24 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(5,'8944010000000000041','208010000000004','33610000004','RoamNet 901',1,1,NULL,1,'868937049079555','868937049079555',2,'2026-11-19 14:57:04.3386183',NULL,'2026-11-19 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(6,'8944010000000000058','208010000000005','33610000005','EE',1,1,NULL,1,'868937045066879','868937045066879',2,'2026-11-23 14:57:04.3386183',NULL,'2026-11-23 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(7,'8944010000000000066','208010000000006','33610000006','MultiNet',1,1,NULL,1,'868937045098468',NULL,0,'2026-11-24 14:57:04.3386183',NULL,'2026-11-24 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(8,'8944010000000000074','208010000000007','33610000007','RoamNet 901',2,5,NULL,1,'358750067916831','358750067916831',2,'2026-11-30 14:57:04.3386183',NULL,'2026-11-30 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(9,'8944010000000000082','208010000000008','33610000008','EE',1,2,NULL,3,'868937046150631','012346003960534',3,'2026-12-01 06:46:04.3386183','868937046150631','2026-12-01 06:46:04.3386183',1,0,'2026-12-01T06:46:04.3386183Z',1,'2026-09-02 14:57:04.3386183',4,1);
INSERT INTO Sims VALUES(10,'8944010000000000090','208010000000009','33610000009','MultiNet',1,NULL,NULL,1,'353328111543458',NULL,0,'2026-10-18 14:57:04.3386183',NULL,'2026-10-18 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(11,'8944010000000000108','208010000000010','33610000010','RoamNet 901',1,2,NULL,1,'353328111155485','353328111155485',4,'2026-11-30 14:57:04.3386183',NULL,'2026-11-30 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',4,NULL);
INSERT INTO Sims VALUES(12,'8944010000000000116','208010000000011','33610000011','EE',2,5,NULL,1,NULL,NULL,1,NULL,NULL,NULL,0,0,'',0,'2026-09-02 14:57:04.3386183',1,NULL);
INSERT INTO Sims VALUES(13,'8944010000000000124','208010000000012','33610000012','MultiNet',1,2,NULL,1,NULL,NULL,0,NULL,NULL,NULL,0,0,'',0,'2026-09-02 14:57:04.3386183',1,NULL);
INSERT INTO Sims VALUES(14,'8944010000000000132','208010000000013','33610000013','RoamNet 901',1,2,NULL,2,'868937048571149','868937048571149',2,'2026-10-27 14:57:04.3386183',NULL,'2026-10-27 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',3,NULL);
INSERT INTO Sims VALUES(15,'8944010000000000140','208010000000014','33610000014','EE',1,3,NULL,1,'868937045437161','868937045437161',2,'2026-11-25 14:57:04.3386183',NULL,'2026-11-25 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(16,'8944010000000000157','208010000000015','33610000015','MultiNet',2,4,NULL,1,'012346006255833',NULL,0,'2026-11-19 14:57:04.3386183',NULL,'2026-11-19 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(17,'8944010000000000165','208010000000016','33610000016','RoamNet 901',1,3,NULL,1,'353328119964607','353328119964607',2,'2026-10-15 14:57:04.3386183',NULL,'2026-10-15 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(18,'8944010000000000173','208010000000017','33610000017','EE',1,3,NULL,1,'012346000305832','012346000305832',2,'2026-11-16 14:57:04.3386183',NULL,'2026-11-16 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(19,'8944010000000000181','208010000000018','33610000018','MultiNet',1,3,NULL,1,'012346002597287',NULL,0,'2026-10-09 14:57:04.3386183',NULL,'2026-10-09 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(20,'8944010000000000199','208010000000019','33610000019','RoamNet 901',2,NULL,NULL,1,'353328117340214','353328117340214',2,'2026-11-13 14:57:04.3386183',NULL,'2026-11-13 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(21,'8944010000000000207','208010000000020','33610000020','EE',1,3,NULL,0,NULL,NULL,0,NULL,NULL,NULL,0,0,'',0,'2026-09-02 14:57:04.3386183',0,NULL);
INSERT INTO Sims VALUES(22,'8944010000000000215','208010000000021','33610000021','MultiNet',1,1,NULL,1,'868937046555490',NULL,0,'2026-10-20 14:57:04.3386183',NULL,'2026-10-20 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(23,'8944010000000000223','208010000000022','33610000022','RoamNet 901',1,1,NULL,1,'012346002221995','012346002221995',4,'2026-10-15 14:57:04.3386183',NULL,'2026-10-15 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',4,NULL);
INSERT INTO Sims VALUES(24,'8944010000000000231','208010000000023','33610000023','EE',2,5,NULL,1,NULL,NULL,1,NULL,NULL,NULL,0,0,'',0,'2026-09-02 14:57:04.3386183',1,NULL);
INSERT INTO Sims VALUES(25,'8944010000000000249','208010000000024','33610000024','MultiNet',1,1,NULL,1,NULL,NULL,0,NULL,NULL,NULL,0,0,'',0,'2026-09-02 14:57:04.3386183',1,NULL);
INSERT INTO Sims VALUES(26,'8944010000000000256','208010000000025','33610000025','RoamNet 901',1,1,NULL,1,'012346001952913','012346001952913',2,'2026-10-06 14:57:04.3386183',NULL,'2026-10-06 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(27,'8944010000000000264','208010000000026','33610000026','EE',1,1,NULL,1,'868937046120311','868937046120311',2,'2026-10-11 14:57:04.3386183',NULL,'2026-10-11 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(28,'8944010000000000272','208010000000027','33610000027','MultiNet',2,5,NULL,1,'358750062882418',NULL,0,'2026-10-03 14:57:04.3386183',NULL,'2026-10-03 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(29,'8944010000000000280','208010000000028','33610000028','RoamNet 901',1,2,NULL,1,'358750069390662','358750069390662',2,'2026-11-21 14:57:04.3386183',NULL,'2026-11-21 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(30,'8944010000000000298','208010000000029','33610000029','EE',1,NULL,NULL,1,'012346003033829','012346003033829',2,'2026-11-25 14:57:04.3386183',NULL,'2026-11-25 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(31,'8944010000000000306','208010000000030','33610000030','MultiNet',1,2,NULL,1,'012346009214167',NULL,0,'2026-10-13 14:57:04.3386183',NULL,'2026-10-13 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(32,'8944010000000000314','208010000000031','33610000031','RoamNet 901',2,4,NULL,1,'358750061557730','358750061557730',2,'2026-11-09 14:57:04.3386183',NULL,'2026-11-09 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(33,'8944010000000000322','208010000000032','33610000032','EE',1,2,NULL,3,'012346004002252','012346000684863',3,'2026-12-01 11:41:04.3386183','012346004002252','2026-12-01 11:41:04.3386183',0,0,'2026-12-01T11:41:04.3386183Z',1,'2026-09-02 14:57:04.3386183',4,2);
INSERT INTO Sims VALUES(34,'8944010000000000330','208010000000033','33610000033','MultiNet',1,2,NULL,1,'868937047768233',NULL,0,'2026-10-03 14:57:04.3386183',NULL,'2026-10-03 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(35,'8944010000000000348','208010000000034','33610000034','RoamNet 901',1,2,NULL,1,'012346005149144','012346005149144',4,'2026-10-05 14:57:04.3386183',NULL,'2026-10-05 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',4,NULL);
INSERT INTO Sims VALUES(36,'8944010000000000355','208010000000035','33610000035','EE',2,5,NULL,1,NULL,NULL,1,NULL,NULL,NULL,0,0,'',0,'2026-09-02 14:57:04.3386183',1,NULL);
INSERT INTO Sims VALUES(37,'8944010000000000363','208010000000036','33610000036','MultiNet',1,3,NULL,1,NULL,NULL,0,NULL,NULL,NULL,0,0,'',0,'2026-09-02 14:57:04.3386183',1,NULL);
INSERT INTO Sims VALUES(38,'8944010000000000371','208010000000037','33610000037','RoamNet 901',1,3,NULL,1,'353328113901266','353328113901266',2,'2026-11-04 14:57:04.3386183',NULL,'2026-11-04 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(39,'8944010000000000389','208010000000038','33610000038','EE',1,3,NULL,1,'868937046364828','868937046364828',2,'2026-10-19 14:57:04.3386183',NULL,'2026-10-19 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
INSERT INTO Sims VALUES(40,'8944010000000000397','208010000000039','33610000039','MultiNet',2,NULL,NULL,1,'358750069377735',NULL,0,'2026-10-07 14:57:04.3386183',NULL,'2026-10-07 14:57:04.3386183',0,0,'',0,'2026-09-02 14:57:04.3386183',2,NULL);
CREATE TABLE IF NOT EXISTS "ImeiStatusChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImeiStatusChanges" PRIMARY KEY AUTOINCREMENT,
    "SimId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "From" INTEGER NULL,
    "To" INTEGER NOT NULL,
    CONSTRAINT "FK_ImeiStatusChanges_Sims_SimId" FOREIGN KEY ("SimId") REFERENCES "Sims" ("Id") ON DELETE CASCADE
);
INSERT INTO ImeiStatusChanges VALUES(1,2,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(2,3,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(3,5,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(4,6,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(5,8,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(6,9,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(7,11,'2026-11-01 14:57:04.3386183',0,4);
INSERT INTO ImeiStatusChanges VALUES(8,12,'2026-11-01 14:57:04.3386183',0,1);
INSERT INTO ImeiStatusChanges VALUES(9,14,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(10,15,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(11,17,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(12,18,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(13,20,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(14,23,'2026-11-01 14:57:04.3386183',0,4);
INSERT INTO ImeiStatusChanges VALUES(15,24,'2026-11-01 14:57:04.3386183',0,1);
INSERT INTO ImeiStatusChanges VALUES(16,26,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(17,27,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(18,29,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(19,30,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(20,32,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(21,33,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(22,35,'2026-11-01 14:57:04.3386183',0,4);
INSERT INTO ImeiStatusChanges VALUES(23,36,'2026-11-01 14:57:04.3386183',0,1);
INSERT INTO ImeiStatusChanges VALUES(24,38,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(25,39,'2026-11-01 14:57:04.3386183',0,2);
INSERT INTO ImeiStatusChanges VALUES(26,9,'2026-12-01 14:57:07.2503185',2,3);
INSERT INTO ImeiStatusChanges VALUES(27,33,'2026-12-01 14:57:07.2503185',2,3);
CREATE TABLE IF NOT EXISTS "Orders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Orders" PRIMARY KEY AUTOINCREMENT,
    "SimId" INTEGER NOT NULL,
    "Iccid" TEXT NOT NULL,
    "PartnerId" INTEGER NOT NULL,
    "CustomerId" INTEGER NULL,
    "Type" INTEGER NOT NULL,
    "ImeiStatus" INTEGER NULL,
    "UnbarOption" INTEGER NULL,
    "EnableImeiLock" INTEGER NOT NULL,
    "State" INTEGER NOT NULL,
    "Reason" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    "CompletedAt" TEXT NULL,
    "RequestedBy" TEXT NULL,
    "Label" TEXT NULL,
    CONSTRAINT "FK_Orders_Sims_SimId" FOREIGN KEY ("SimId") REFERENCES "Sims" ("Id") ON DELETE CASCADE
);
INSERT INTO Orders VALUES(1,9,'8944010000000000082',1,2,3,NULL,NULL,0,1,NULL,'2026-12-01 14:57:07.3525382','2026-12-01 14:57:07.3525382','2026-12-01 14:57:08.3012951','alarm:1','IMEI lock bar');
INSERT INTO Orders VALUES(2,33,'8944010000000000322',1,2,3,NULL,NULL,0,1,NULL,'2026-12-01 14:57:07.5225905','2026-12-01 14:57:07.5225905','2026-12-01 14:57:08.3356139','alarm:1','IMEI lock bar');
CREATE TABLE IF NOT EXISTS "UsageRecords" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_UsageRecords" PRIMARY KEY AUTOINCREMENT,
    "RecordId" TEXT NULL,
    "SimId" INTEGER NOT NULL,
    "Iccid" TEXT NOT NULL,
    "Start" TEXT NOT NULL,
    "End" TEXT NOT NULL,
    "Bytes" INTEGER NOT NULL,
    "ReceivedAt" TEXT NOT NULL,
    CONSTRAINT "FK_UsageRecords_Sims_SimId" FOREIGN KEY ("SimId") REFERENCES "Sims" ("Id") ON DELETE CASCADE
);
INSERT INTO UsageRecords VALUES(1,NULL,2,'8944010000000000017','2026-11-02 08:00:00','2026-11-02 10:39:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(2,NULL,2,'8944010000000000017','2026-11-03 17:00:00','2026-11-03 17:27:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(3,NULL,2,'8944010000000000017','2026-11-04 14:00:00','2026-11-04 15:37:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(4,NULL,2,'8944010000000000017','2026-11-05 08:00:00','2026-11-05 10:34:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(5,NULL,2,'8944010000000000017','2026-11-06 08:00:00','2026-11-06 08:54:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(6,NULL,2,'8944010000000000017','2026-11-07 04:00:00','2026-11-07 04:34:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(7,NULL,2,'8944010000000000017','2026-11-08 12:00:00','2026-11-08 14:05:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(8,NULL,2,'8944010000000000017','2026-11-09 08:00:00','2026-11-09 09:25:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(9,NULL,2,'8944010000000000017','2026-11-10 08:00:00','2026-11-10 08:56:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(10,NULL,2,'8944010000000000017','2026-11-11 03:00:00','2026-11-11 03:41:00',63963136,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(11,NULL,2,'8944010000000000017','2026-11-12 14:00:00','2026-11-12 15:21:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(12,NULL,2,'8944010000000000017','2026-11-13 10:00:00','2026-11-13 11:01:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(13,NULL,2,'8944010000000000017','2026-11-14 15:00:00','2026-11-14 16:08:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(14,NULL,2,'8944010000000000017','2026-11-15 12:00:00','2026-11-15 12:43:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(15,NULL,2,'8944010000000000017','2026-11-16 08:00:00','2026-11-16 08:27:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(16,NULL,2,'8944010000000000017','2026-11-17 02:00:00','2026-11-17 02:39:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(17,NULL,2,'8944010000000000017','2026-11-18 14:00:00','2026-11-18 14:34:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(18,NULL,2,'8944010000000000017','2026-11-19 13:00:00','2026-11-19 13:29:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(19,NULL,2,'8944010000000000017','2026-11-20 04:00:00','2026-11-20 06:40:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(20,NULL,2,'8944010000000000017','2026-11-21 11:00:00','2026-11-21 13:25:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(21,NULL,2,'8944010000000000017','2026-11-22 19:00:00','2026-11-22 19:38:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(22,NULL,2,'8944010000000000017','2026-11-23 00:00:00','2026-11-23 00:27:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(23,NULL,2,'8944010000000000017','2026-11-24 07:00:00','2026-11-24 08:14:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(24,NULL,2,'8944010000000000017','2026-11-25 18:00:00','2026-11-25 19:01:00',37748736,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(25,NULL,2,'8944010000000000017','2026-11-26 14:00:00','2026-11-26 14:27:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(26,NULL,2,'8944010000000000017','2026-11-27 15:00:00','2026-11-27 15:39:00',75497472,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(27,NULL,2,'8944010000000000017','2026-11-28 02:00:00','2026-11-28 02:20:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(28,NULL,2,'8944010000000000017','2026-11-29 12:00:00','2026-11-29 12:30:00',65011712,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(29,NULL,2,'8944010000000000017','2026-11-30 15:00:00','2026-11-30 16:59:00',47185920,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(30,NULL,2,'8944010000000000017','2026-12-01 07:00:00','2026-12-01 08:54:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(31,NULL,3,'8944010000000000025','2026-11-02 07:00:00','2026-11-02 08:37:00',105906176,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(32,NULL,3,'8944010000000000025','2026-11-03 11:00:00','2026-11-03 13:02:00',104857600,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(33,NULL,3,'8944010000000000025','2026-11-04 04:00:00','2026-11-04 06:05:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(34,NULL,3,'8944010000000000025','2026-11-05 16:00:00','2026-11-05 16:42:00',38797312,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(35,NULL,3,'8944010000000000025','2026-11-06 05:00:00','2026-11-06 06:53:00',67108864,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(36,NULL,3,'8944010000000000025','2026-11-07 01:00:00','2026-11-07 01:51:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(37,NULL,3,'8944010000000000025','2026-11-08 10:00:00','2026-11-08 12:54:00',67108864,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(38,NULL,3,'8944010000000000025','2026-11-09 00:00:00','2026-11-09 00:05:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(39,NULL,3,'8944010000000000025','2026-11-10 01:00:00','2026-11-10 02:37:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(40,NULL,3,'8944010000000000025','2026-11-11 14:00:00','2026-11-11 15:58:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(41,NULL,3,'8944010000000000025','2026-11-12 18:00:00','2026-11-12 19:08:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(42,NULL,3,'8944010000000000025','2026-11-13 07:00:00','2026-11-13 08:31:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(43,NULL,3,'8944010000000000025','2026-11-14 10:00:00','2026-11-14 10:21:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(44,NULL,3,'8944010000000000025','2026-11-15 11:00:00','2026-11-15 12:42:00',38797312,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(45,NULL,3,'8944010000000000025','2026-11-16 05:00:00','2026-11-16 05:49:00',95420416,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(46,NULL,3,'8944010000000000025','2026-11-17 04:00:00','2026-11-17 05:46:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(47,NULL,3,'8944010000000000025','2026-11-18 16:00:00','2026-11-18 18:29:00',37748736,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(48,NULL,3,'8944010000000000025','2026-11-19 15:00:00','2026-11-19 17:53:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(49,NULL,3,'8944010000000000025','2026-11-20 19:00:00','2026-11-20 20:29:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(50,NULL,3,'8944010000000000025','2026-11-21 18:00:00','2026-11-21 20:32:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(51,NULL,3,'8944010000000000025','2026-11-22 18:00:00','2026-11-22 18:33:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(52,NULL,3,'8944010000000000025','2026-11-23 00:00:00','2026-11-23 02:30:00',104857600,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(53,NULL,3,'8944010000000000025','2026-11-24 04:00:00','2026-11-24 05:47:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(54,NULL,3,'8944010000000000025','2026-11-25 07:00:00','2026-11-25 07:12:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(55,NULL,3,'8944010000000000025','2026-11-26 15:00:00','2026-11-26 16:39:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(56,NULL,3,'8944010000000000025','2026-11-27 13:00:00','2026-11-27 14:48:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(57,NULL,3,'8944010000000000025','2026-11-28 02:00:00','2026-11-28 03:12:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(58,NULL,3,'8944010000000000025','2026-11-29 01:00:00','2026-11-29 02:59:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(59,NULL,3,'8944010000000000025','2026-11-30 18:00:00','2026-11-30 20:45:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(60,NULL,3,'8944010000000000025','2026-12-01 05:00:00','2026-12-01 07:29:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(61,NULL,4,'8944010000000000033','2026-11-02 19:00:00','2026-11-02 21:11:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(62,NULL,4,'8944010000000000033','2026-11-03 07:00:00','2026-11-03 07:07:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(63,NULL,4,'8944010000000000033','2026-11-04 08:00:00','2026-11-04 09:48:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(64,NULL,4,'8944010000000000033','2026-11-05 06:00:00','2026-11-05 07:07:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(65,NULL,4,'8944010000000000033','2026-11-06 11:00:00','2026-11-06 11:40:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(66,NULL,4,'8944010000000000033','2026-11-07 10:00:00','2026-11-07 10:25:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(67,NULL,4,'8944010000000000033','2026-11-08 19:00:00','2026-11-08 20:07:00',100663296,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(68,NULL,4,'8944010000000000033','2026-11-09 15:00:00','2026-11-09 17:50:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(69,NULL,4,'8944010000000000033','2026-11-10 16:00:00','2026-11-10 16:25:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(70,NULL,4,'8944010000000000033','2026-11-11 17:00:00','2026-11-11 18:09:00',73400320,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(71,NULL,4,'8944010000000000033','2026-11-12 12:00:00','2026-11-12 12:16:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(72,NULL,4,'8944010000000000033','2026-11-13 12:00:00','2026-11-13 13:43:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(73,NULL,4,'8944010000000000033','2026-11-14 14:00:00','2026-11-14 15:54:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(74,NULL,4,'8944010000000000033','2026-11-15 04:00:00','2026-11-15 04:45:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(75,NULL,4,'8944010000000000033','2026-11-16 14:00:00','2026-11-16 15:41:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(76,NULL,4,'8944010000000000033','2026-11-17 13:00:00','2026-11-17 14:11:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(77,NULL,4,'8944010000000000033','2026-11-18 12:00:00','2026-11-18 13:22:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(78,NULL,4,'8944010000000000033','2026-11-19 04:00:00','2026-11-19 06:26:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(79,NULL,4,'8944010000000000033','2026-11-20 15:00:00','2026-11-20 16:44:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(80,NULL,4,'8944010000000000033','2026-11-21 08:00:00','2026-11-21 10:19:00',109051904,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(81,NULL,4,'8944010000000000033','2026-11-22 15:00:00','2026-11-22 16:54:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(82,NULL,4,'8944010000000000033','2026-11-23 06:00:00','2026-11-23 07:42:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(83,NULL,4,'8944010000000000033','2026-11-24 17:00:00','2026-11-24 19:40:00',67108864,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(84,NULL,4,'8944010000000000033','2026-11-25 14:00:00','2026-11-25 14:58:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(85,NULL,4,'8944010000000000033','2026-11-26 08:00:00','2026-11-26 10:02:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(86,NULL,4,'8944010000000000033','2026-11-27 06:00:00','2026-11-27 08:17:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(87,NULL,4,'8944010000000000033','2026-11-28 17:00:00','2026-11-28 17:25:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(88,NULL,4,'8944010000000000033','2026-11-29 15:00:00','2026-11-29 16:41:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(89,NULL,4,'8944010000000000033','2026-11-30 15:00:00','2026-11-30 16:13:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(90,NULL,4,'8944010000000000033','2026-12-01 15:00:00','2026-12-01 15:29:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(91,NULL,5,'8944010000000000041','2026-11-02 07:00:00','2026-11-02 09:37:00',67108864,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(92,NULL,5,'8944010000000000041','2026-11-03 08:00:00','2026-11-03 08:28:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(93,NULL,5,'8944010000000000041','2026-11-04 09:00:00','2026-11-04 09:22:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(94,NULL,5,'8944010000000000041','2026-11-05 09:00:00','2026-11-05 11:37:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(95,NULL,5,'8944010000000000041','2026-11-06 09:00:00','2026-11-06 10:22:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(96,NULL,5,'8944010000000000041','2026-11-07 01:00:00','2026-11-07 03:49:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(97,NULL,5,'8944010000000000041','2026-11-08 02:00:00','2026-11-08 04:54:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(98,NULL,5,'8944010000000000041','2026-11-09 11:00:00','2026-11-09 12:09:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(99,NULL,5,'8944010000000000041','2026-11-10 15:00:00','2026-11-10 16:33:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(100,NULL,5,'8944010000000000041','2026-11-11 08:00:00','2026-11-11 10:54:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(101,NULL,5,'8944010000000000041','2026-11-12 18:00:00','2026-11-12 19:57:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(102,NULL,5,'8944010000000000041','2026-11-13 01:00:00','2026-11-13 02:52:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(103,NULL,5,'8944010000000000041','2026-11-14 08:00:00','2026-11-14 09:20:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(104,NULL,5,'8944010000000000041','2026-11-15 16:00:00','2026-11-15 16:50:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(105,NULL,5,'8944010000000000041','2026-11-16 12:00:00','2026-11-16 13:44:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(106,NULL,5,'8944010000000000041','2026-11-17 16:00:00','2026-11-17 17:14:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(107,NULL,5,'8944010000000000041','2026-11-18 15:00:00','2026-11-18 16:34:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(108,NULL,5,'8944010000000000041','2026-11-19 11:00:00','2026-11-19 12:26:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(109,NULL,5,'8944010000000000041','2026-11-20 16:00:00','2026-11-20 17:18:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(110,NULL,5,'8944010000000000041','2026-11-21 19:00:00','2026-11-21 20:18:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(111,NULL,5,'8944010000000000041','2026-11-22 09:00:00','2026-11-22 11:02:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(112,NULL,5,'8944010000000000041','2026-11-23 04:00:00','2026-11-23 05:04:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(113,NULL,5,'8944010000000000041','2026-11-24 13:00:00','2026-11-24 13:16:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(114,NULL,5,'8944010000000000041','2026-11-25 04:00:00','2026-11-25 06:02:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(115,NULL,5,'8944010000000000041','2026-11-26 01:00:00','2026-11-26 03:57:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(116,NULL,5,'8944010000000000041','2026-11-27 07:00:00','2026-11-27 08:23:00',115343360,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(117,NULL,5,'8944010000000000041','2026-11-28 07:00:00','2026-11-28 09:44:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(118,NULL,5,'8944010000000000041','2026-11-29 16:00:00','2026-11-29 17:35:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(119,NULL,5,'8944010000000000041','2026-11-30 07:00:00','2026-11-30 09:08:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(120,NULL,5,'8944010000000000041','2026-12-01 18:00:00','2026-12-01 20:55:00',76546048,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(121,NULL,6,'8944010000000000058','2026-11-02 07:00:00','2026-11-02 07:48:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(122,NULL,6,'8944010000000000058','2026-11-03 14:00:00','2026-11-03 15:04:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(123,NULL,6,'8944010000000000058','2026-11-04 01:00:00','2026-11-04 01:12:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(124,NULL,6,'8944010000000000058','2026-11-05 12:00:00','2026-11-05 12:43:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(125,NULL,6,'8944010000000000058','2026-11-06 16:00:00','2026-11-06 18:34:00',66060288,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(126,NULL,6,'8944010000000000058','2026-11-07 18:00:00','2026-11-07 20:36:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(127,NULL,6,'8944010000000000058','2026-11-08 19:00:00','2026-11-08 19:35:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(128,NULL,6,'8944010000000000058','2026-11-09 15:00:00','2026-11-09 16:14:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(129,NULL,6,'8944010000000000058','2026-11-10 01:00:00','2026-11-10 01:19:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(130,NULL,6,'8944010000000000058','2026-11-11 03:00:00','2026-11-11 03:14:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(131,NULL,6,'8944010000000000058','2026-11-12 10:00:00','2026-11-12 11:58:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(132,NULL,6,'8944010000000000058','2026-11-13 06:00:00','2026-11-13 06:35:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(133,NULL,6,'8944010000000000058','2026-11-14 13:00:00','2026-11-14 14:39:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(134,NULL,6,'8944010000000000058','2026-11-15 10:00:00','2026-11-15 11:37:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(135,NULL,6,'8944010000000000058','2026-11-16 16:00:00','2026-11-16 16:47:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(136,NULL,6,'8944010000000000058','2026-11-17 17:00:00','2026-11-17 17:30:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(137,NULL,6,'8944010000000000058','2026-11-18 09:00:00','2026-11-18 09:10:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(138,NULL,6,'8944010000000000058','2026-11-19 02:00:00','2026-11-19 02:50:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(139,NULL,6,'8944010000000000058','2026-11-20 14:00:00','2026-11-20 16:15:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(140,NULL,6,'8944010000000000058','2026-11-21 03:00:00','2026-11-21 04:34:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(141,NULL,6,'8944010000000000058','2026-11-22 09:00:00','2026-11-22 10:18:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(142,NULL,6,'8944010000000000058','2026-11-23 17:00:00','2026-11-23 17:23:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(143,NULL,6,'8944010000000000058','2026-11-24 03:00:00','2026-11-24 05:19:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(144,NULL,6,'8944010000000000058','2026-11-25 02:00:00','2026-11-25 03:05:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(145,NULL,6,'8944010000000000058','2026-11-26 17:00:00','2026-11-26 19:00:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(146,NULL,6,'8944010000000000058','2026-11-27 18:00:00','2026-11-27 19:57:00',79691776,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(147,NULL,6,'8944010000000000058','2026-11-28 12:00:00','2026-11-28 13:51:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(148,NULL,6,'8944010000000000058','2026-11-29 14:00:00','2026-11-29 16:29:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(149,NULL,6,'8944010000000000058','2026-11-30 04:00:00','2026-11-30 06:03:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(150,NULL,6,'8944010000000000058','2026-12-01 18:00:00','2026-12-01 20:24:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(151,NULL,7,'8944010000000000066','2026-11-02 17:00:00','2026-11-02 19:45:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(152,NULL,7,'8944010000000000066','2026-11-03 02:00:00','2026-11-03 02:05:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(153,NULL,7,'8944010000000000066','2026-11-04 17:00:00','2026-11-04 19:41:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(154,NULL,7,'8944010000000000066','2026-11-05 11:00:00','2026-11-05 13:47:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(155,NULL,7,'8944010000000000066','2026-11-06 15:00:00','2026-11-06 16:31:00',74448896,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(156,NULL,7,'8944010000000000066','2026-11-07 08:00:00','2026-11-07 10:50:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(157,NULL,7,'8944010000000000066','2026-11-08 18:00:00','2026-11-08 20:49:00',74448896,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(158,NULL,7,'8944010000000000066','2026-11-09 09:00:00','2026-11-09 10:32:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(159,NULL,7,'8944010000000000066','2026-11-10 11:00:00','2026-11-10 13:12:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(160,NULL,7,'8944010000000000066','2026-11-11 10:00:00','2026-11-11 11:50:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(161,NULL,7,'8944010000000000066','2026-11-12 16:00:00','2026-11-12 18:47:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(162,NULL,7,'8944010000000000066','2026-11-13 13:00:00','2026-11-13 15:16:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(163,NULL,7,'8944010000000000066','2026-11-14 02:00:00','2026-11-14 02:27:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(164,NULL,7,'8944010000000000066','2026-11-15 18:00:00','2026-11-15 19:37:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(165,NULL,7,'8944010000000000066','2026-11-16 19:00:00','2026-11-16 19:33:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(166,NULL,7,'8944010000000000066','2026-11-17 06:00:00','2026-11-17 06:17:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(167,NULL,7,'8944010000000000066','2026-11-18 00:00:00','2026-11-18 02:36:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(168,NULL,7,'8944010000000000066','2026-11-19 04:00:00','2026-11-19 06:52:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(169,NULL,7,'8944010000000000066','2026-11-20 14:00:00','2026-11-20 15:44:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(170,NULL,7,'8944010000000000066','2026-11-21 02:00:00','2026-11-21 03:42:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(171,NULL,7,'8944010000000000066','2026-11-22 13:00:00','2026-11-22 14:25:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(172,NULL,7,'8944010000000000066','2026-11-23 02:00:00','2026-11-23 02:30:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(173,NULL,7,'8944010000000000066','2026-11-24 03:00:00','2026-11-24 04:07:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(174,NULL,7,'8944010000000000066','2026-11-25 14:00:00','2026-11-25 16:39:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(175,NULL,7,'8944010000000000066','2026-11-26 00:00:00','2026-11-26 01:46:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(176,NULL,7,'8944010000000000066','2026-11-27 05:00:00','2026-11-27 05:18:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(177,NULL,7,'8944010000000000066','2026-11-28 06:00:00','2026-11-28 06:15:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(178,NULL,7,'8944010000000000066','2026-11-29 16:00:00','2026-11-29 18:51:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(179,NULL,7,'8944010000000000066','2026-11-30 18:00:00','2026-11-30 19:18:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(180,NULL,7,'8944010000000000066','2026-12-01 02:00:00','2026-12-01 02:57:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(181,NULL,8,'8944010000000000074','2026-11-02 05:00:00','2026-11-02 06:05:00',55574528,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(182,NULL,8,'8944010000000000074','2026-11-03 04:00:00','2026-11-03 06:09:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(183,NULL,8,'8944010000000000074','2026-11-04 10:00:00','2026-11-04 12:06:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(184,NULL,8,'8944010000000000074','2026-11-05 05:00:00','2026-11-05 07:13:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(185,NULL,8,'8944010000000000074','2026-11-06 02:00:00','2026-11-06 03:30:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(186,NULL,8,'8944010000000000074','2026-11-07 06:00:00','2026-11-07 08:26:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(187,NULL,8,'8944010000000000074','2026-11-08 09:00:00','2026-11-08 11:33:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(188,NULL,8,'8944010000000000074','2026-11-09 14:00:00','2026-11-09 15:48:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(189,NULL,8,'8944010000000000074','2026-11-10 01:00:00','2026-11-10 02:19:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(190,NULL,8,'8944010000000000074','2026-11-11 15:00:00','2026-11-11 16:32:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(191,NULL,8,'8944010000000000074','2026-11-12 08:00:00','2026-11-12 09:25:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(192,NULL,8,'8944010000000000074','2026-11-13 16:00:00','2026-11-13 17:01:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(193,NULL,8,'8944010000000000074','2026-11-14 00:00:00','2026-11-14 01:07:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(194,NULL,8,'8944010000000000074','2026-11-15 19:00:00','2026-11-15 20:49:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(195,NULL,8,'8944010000000000074','2026-11-16 06:00:00','2026-11-16 07:03:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(196,NULL,8,'8944010000000000074','2026-11-17 12:00:00','2026-11-17 14:55:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(197,NULL,8,'8944010000000000074','2026-11-18 14:00:00','2026-11-18 14:48:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(198,NULL,8,'8944010000000000074','2026-11-19 06:00:00','2026-11-19 06:35:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(199,NULL,8,'8944010000000000074','2026-11-20 05:00:00','2026-11-20 06:34:00',50331648,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(200,NULL,8,'8944010000000000074','2026-11-21 05:00:00','2026-11-21 06:01:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(201,NULL,8,'8944010000000000074','2026-11-22 19:00:00','2026-11-22 19:46:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(202,NULL,8,'8944010000000000074','2026-11-23 17:00:00','2026-11-23 17:45:00',38797312,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(203,NULL,8,'8944010000000000074','2026-11-24 01:00:00','2026-11-24 03:41:00',95420416,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(204,NULL,8,'8944010000000000074','2026-11-25 13:00:00','2026-11-25 15:09:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(205,NULL,8,'8944010000000000074','2026-11-26 05:00:00','2026-11-26 07:57:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(206,NULL,8,'8944010000000000074','2026-11-27 00:00:00','2026-11-27 00:19:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(207,NULL,8,'8944010000000000074','2026-11-28 03:00:00','2026-11-28 03:20:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(208,NULL,8,'8944010000000000074','2026-11-29 01:00:00','2026-11-29 01:07:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(209,NULL,8,'8944010000000000074','2026-11-30 12:00:00','2026-11-30 14:13:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(210,NULL,8,'8944010000000000074','2026-12-01 17:00:00','2026-12-01 17:43:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(211,NULL,9,'8944010000000000082','2026-11-02 17:00:00','2026-11-02 19:47:00',41943040,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(212,NULL,9,'8944010000000000082','2026-11-03 07:00:00','2026-11-03 08:45:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(213,NULL,9,'8944010000000000082','2026-11-04 13:00:00','2026-11-04 13:05:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(214,NULL,9,'8944010000000000082','2026-11-05 15:00:00','2026-11-05 16:24:00',71303168,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(215,NULL,9,'8944010000000000082','2026-11-06 01:00:00','2026-11-06 01:10:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(216,NULL,9,'8944010000000000082','2026-11-07 16:00:00','2026-11-07 16:53:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(217,NULL,9,'8944010000000000082','2026-11-08 14:00:00','2026-11-08 16:27:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(218,NULL,9,'8944010000000000082','2026-11-09 07:00:00','2026-11-09 09:39:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(219,NULL,9,'8944010000000000082','2026-11-10 02:00:00','2026-11-10 02:45:00',73400320,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(220,NULL,9,'8944010000000000082','2026-11-11 11:00:00','2026-11-11 12:30:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(221,NULL,9,'8944010000000000082','2026-11-12 16:00:00','2026-11-12 16:29:00',61865984,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(222,NULL,9,'8944010000000000082','2026-11-13 14:00:00','2026-11-13 15:27:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(223,NULL,9,'8944010000000000082','2026-11-14 10:00:00','2026-11-14 12:35:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(224,NULL,9,'8944010000000000082','2026-11-15 16:00:00','2026-11-15 17:59:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(225,NULL,9,'8944010000000000082','2026-11-16 13:00:00','2026-11-16 14:04:00',70254592,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(226,NULL,9,'8944010000000000082','2026-11-17 13:00:00','2026-11-17 14:59:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(227,NULL,9,'8944010000000000082','2026-11-18 01:00:00','2026-11-18 01:44:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(228,NULL,9,'8944010000000000082','2026-11-19 09:00:00','2026-11-19 10:40:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(229,NULL,9,'8944010000000000082','2026-11-20 19:00:00','2026-11-20 21:01:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(230,NULL,9,'8944010000000000082','2026-11-21 11:00:00','2026-11-21 13:04:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(231,NULL,9,'8944010000000000082','2026-11-22 17:00:00','2026-11-22 19:47:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(232,NULL,9,'8944010000000000082','2026-11-23 05:00:00','2026-11-23 06:24:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(233,NULL,9,'8944010000000000082','2026-11-24 11:00:00','2026-11-24 11:27:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(234,NULL,9,'8944010000000000082','2026-11-25 14:00:00','2026-11-25 14:26:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(235,NULL,9,'8944010000000000082','2026-11-26 09:00:00','2026-11-26 10:52:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(236,NULL,9,'8944010000000000082','2026-11-27 03:00:00','2026-11-27 05:58:00',59768832,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(237,NULL,9,'8944010000000000082','2026-11-28 06:00:00','2026-11-28 07:12:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(238,NULL,9,'8944010000000000082','2026-11-29 19:00:00','2026-11-29 21:30:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(239,NULL,9,'8944010000000000082','2026-11-30 01:00:00','2026-11-30 03:24:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(240,NULL,9,'8944010000000000082','2026-12-01 03:00:00','2026-12-01 04:58:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(241,NULL,10,'8944010000000000090','2026-11-02 12:00:00','2026-11-02 14:27:00',89128960,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(242,NULL,10,'8944010000000000090','2026-11-03 10:00:00','2026-11-03 10:35:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(243,NULL,10,'8944010000000000090','2026-11-04 02:00:00','2026-11-04 03:38:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(244,NULL,10,'8944010000000000090','2026-11-05 12:00:00','2026-11-05 14:49:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(245,NULL,10,'8944010000000000090','2026-11-06 19:00:00','2026-11-06 19:17:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(246,NULL,10,'8944010000000000090','2026-11-07 11:00:00','2026-11-07 11:57:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(247,NULL,10,'8944010000000000090','2026-11-08 13:00:00','2026-11-08 13:56:00',51380224,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(248,NULL,10,'8944010000000000090','2026-11-09 02:00:00','2026-11-09 03:54:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(249,NULL,10,'8944010000000000090','2026-11-10 12:00:00','2026-11-10 12:31:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(250,NULL,10,'8944010000000000090','2026-11-11 10:00:00','2026-11-11 12:27:00',69206016,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(251,NULL,10,'8944010000000000090','2026-11-12 19:00:00','2026-11-12 20:39:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(252,NULL,10,'8944010000000000090','2026-11-13 16:00:00','2026-11-13 16:50:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(253,NULL,10,'8944010000000000090','2026-11-14 08:00:00','2026-11-14 09:24:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(254,NULL,10,'8944010000000000090','2026-11-15 01:00:00','2026-11-15 02:39:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(255,NULL,10,'8944010000000000090','2026-11-16 03:00:00','2026-11-16 04:32:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(256,NULL,10,'8944010000000000090','2026-11-17 17:00:00','2026-11-17 18:57:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(257,NULL,10,'8944010000000000090','2026-11-18 18:00:00','2026-11-18 18:08:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(258,NULL,10,'8944010000000000090','2026-11-19 15:00:00','2026-11-19 15:15:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(259,NULL,10,'8944010000000000090','2026-11-20 10:00:00','2026-11-20 10:23:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(260,NULL,10,'8944010000000000090','2026-11-21 01:00:00','2026-11-21 01:19:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(261,NULL,10,'8944010000000000090','2026-11-22 00:00:00','2026-11-22 01:43:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(262,NULL,10,'8944010000000000090','2026-11-23 09:00:00','2026-11-23 11:30:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(263,NULL,10,'8944010000000000090','2026-11-24 01:00:00','2026-11-24 03:23:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(264,NULL,10,'8944010000000000090','2026-11-25 19:00:00','2026-11-25 21:57:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(265,NULL,10,'8944010000000000090','2026-11-26 19:00:00','2026-11-26 21:18:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(266,NULL,10,'8944010000000000090','2026-11-27 02:00:00','2026-11-27 04:49:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(267,NULL,10,'8944010000000000090','2026-11-28 03:00:00','2026-11-28 03:53:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(268,NULL,10,'8944010000000000090','2026-11-29 16:00:00','2026-11-29 16:12:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(269,NULL,10,'8944010000000000090','2026-11-30 06:00:00','2026-11-30 08:31:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(270,NULL,10,'8944010000000000090','2026-12-01 05:00:00','2026-12-01 07:13:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(271,NULL,11,'8944010000000000108','2026-11-02 19:00:00','2026-11-02 19:26:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(272,NULL,11,'8944010000000000108','2026-11-03 00:00:00','2026-11-03 02:31:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(273,NULL,11,'8944010000000000108','2026-11-04 17:00:00','2026-11-04 18:29:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(274,NULL,11,'8944010000000000108','2026-11-05 08:00:00','2026-11-05 09:44:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(275,NULL,11,'8944010000000000108','2026-11-06 15:00:00','2026-11-06 15:52:00',48234496,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(276,NULL,11,'8944010000000000108','2026-11-07 19:00:00','2026-11-07 19:57:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(277,NULL,11,'8944010000000000108','2026-11-08 09:00:00','2026-11-08 09:22:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(278,NULL,11,'8944010000000000108','2026-11-09 14:00:00','2026-11-09 16:42:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(279,NULL,11,'8944010000000000108','2026-11-10 05:00:00','2026-11-10 05:55:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(280,NULL,11,'8944010000000000108','2026-11-11 16:00:00','2026-11-11 17:30:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(281,NULL,11,'8944010000000000108','2026-11-12 08:00:00','2026-11-12 10:54:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(282,NULL,11,'8944010000000000108','2026-11-13 11:00:00','2026-11-13 11:52:00',81788928,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(283,NULL,11,'8944010000000000108','2026-11-14 10:00:00','2026-11-14 11:33:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(284,NULL,11,'8944010000000000108','2026-11-15 04:00:00','2026-11-15 04:10:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(285,NULL,11,'8944010000000000108','2026-11-16 16:00:00','2026-11-16 18:35:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(286,NULL,11,'8944010000000000108','2026-11-17 14:00:00','2026-11-17 14:21:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(287,NULL,11,'8944010000000000108','2026-11-18 11:00:00','2026-11-18 12:28:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(288,NULL,11,'8944010000000000108','2026-11-19 05:00:00','2026-11-19 07:06:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(289,NULL,11,'8944010000000000108','2026-11-20 14:00:00','2026-11-20 14:36:00',72351744,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(290,NULL,11,'8944010000000000108','2026-11-21 14:00:00','2026-11-21 16:46:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(291,NULL,11,'8944010000000000108','2026-11-22 16:00:00','2026-11-22 16:49:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(292,NULL,11,'8944010000000000108','2026-11-23 07:00:00','2026-11-23 07:18:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(293,NULL,11,'8944010000000000108','2026-11-24 05:00:00','2026-11-24 05:30:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(294,NULL,11,'8944010000000000108','2026-11-25 12:00:00','2026-11-25 12:13:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(295,NULL,11,'8944010000000000108','2026-11-26 17:00:00','2026-11-26 17:53:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(296,NULL,11,'8944010000000000108','2026-11-27 03:00:00','2026-11-27 04:24:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(297,NULL,11,'8944010000000000108','2026-11-28 09:00:00','2026-11-28 11:49:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(298,NULL,11,'8944010000000000108','2026-11-29 14:00:00','2026-11-29 15:07:00',97517568,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(299,NULL,11,'8944010000000000108','2026-11-30 18:00:00','2026-11-30 20:31:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(300,NULL,11,'8944010000000000108','2026-12-01 16:00:00','2026-12-01 17:56:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(301,NULL,12,'8944010000000000116','2026-11-02 00:00:00','2026-11-02 01:40:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(302,NULL,12,'8944010000000000116','2026-11-03 02:00:00','2026-11-03 03:28:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(303,NULL,12,'8944010000000000116','2026-11-04 06:00:00','2026-11-04 07:41:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(304,NULL,12,'8944010000000000116','2026-11-05 14:00:00','2026-11-05 16:37:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(305,NULL,12,'8944010000000000116','2026-11-06 16:00:00','2026-11-06 16:45:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(306,NULL,12,'8944010000000000116','2026-11-07 07:00:00','2026-11-07 09:11:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(307,NULL,12,'8944010000000000116','2026-11-08 15:00:00','2026-11-08 17:26:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(308,NULL,12,'8944010000000000116','2026-11-09 04:00:00','2026-11-09 05:42:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(309,NULL,12,'8944010000000000116','2026-11-10 12:00:00','2026-11-10 13:53:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(310,NULL,12,'8944010000000000116','2026-11-11 18:00:00','2026-11-11 18:52:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(311,NULL,12,'8944010000000000116','2026-11-12 13:00:00','2026-11-12 14:03:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(312,NULL,12,'8944010000000000116','2026-11-13 00:00:00','2026-11-13 00:16:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(313,NULL,12,'8944010000000000116','2026-11-14 06:00:00','2026-11-14 07:29:00',71303168,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(314,NULL,12,'8944010000000000116','2026-11-15 08:00:00','2026-11-15 08:10:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(315,NULL,12,'8944010000000000116','2026-11-16 16:00:00','2026-11-16 17:01:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(316,NULL,12,'8944010000000000116','2026-11-17 09:00:00','2026-11-17 11:51:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(317,NULL,12,'8944010000000000116','2026-11-18 07:00:00','2026-11-18 09:36:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(318,NULL,12,'8944010000000000116','2026-11-19 00:00:00','2026-11-19 02:55:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(319,NULL,12,'8944010000000000116','2026-11-20 07:00:00','2026-11-20 09:35:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(320,NULL,12,'8944010000000000116','2026-11-21 11:00:00','2026-11-21 12:29:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(321,NULL,12,'8944010000000000116','2026-11-22 14:00:00','2026-11-22 16:59:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(322,NULL,12,'8944010000000000116','2026-11-23 04:00:00','2026-11-23 06:17:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(323,NULL,12,'8944010000000000116','2026-11-24 07:00:00','2026-11-24 07:45:00',41943040,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(324,NULL,12,'8944010000000000116','2026-11-25 18:00:00','2026-11-25 18:53:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(325,NULL,12,'8944010000000000116','2026-11-26 07:00:00','2026-11-26 07:51:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(326,NULL,12,'8944010000000000116','2026-11-27 03:00:00','2026-11-27 04:47:00',39845888,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(327,NULL,12,'8944010000000000116','2026-11-28 02:00:00','2026-11-28 04:17:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(328,NULL,12,'8944010000000000116','2026-11-29 09:00:00','2026-11-29 11:48:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(329,NULL,12,'8944010000000000116','2026-11-30 11:00:00','2026-11-30 13:09:00',53477376,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(330,NULL,12,'8944010000000000116','2026-12-01 05:00:00','2026-12-01 06:34:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(331,NULL,13,'8944010000000000124','2026-11-02 17:00:00','2026-11-02 18:19:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(332,NULL,13,'8944010000000000124','2026-11-03 06:00:00','2026-11-03 06:39:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(333,NULL,13,'8944010000000000124','2026-11-04 01:00:00','2026-11-04 02:39:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(334,NULL,13,'8944010000000000124','2026-11-05 02:00:00','2026-11-05 03:59:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(335,NULL,13,'8944010000000000124','2026-11-06 19:00:00','2026-11-06 20:50:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(336,NULL,13,'8944010000000000124','2026-11-07 02:00:00','2026-11-07 02:56:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(337,NULL,13,'8944010000000000124','2026-11-08 07:00:00','2026-11-08 07:05:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(338,NULL,13,'8944010000000000124','2026-11-09 13:00:00','2026-11-09 13:18:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(339,NULL,13,'8944010000000000124','2026-11-10 13:00:00','2026-11-10 14:12:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(340,NULL,13,'8944010000000000124','2026-11-11 16:00:00','2026-11-11 18:08:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(341,NULL,13,'8944010000000000124','2026-11-12 03:00:00','2026-11-12 05:10:00',75497472,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(342,NULL,13,'8944010000000000124','2026-11-13 00:00:00','2026-11-13 01:17:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(343,NULL,13,'8944010000000000124','2026-11-14 01:00:00','2026-11-14 02:00:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(344,NULL,13,'8944010000000000124','2026-11-15 18:00:00','2026-11-15 19:11:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(345,NULL,13,'8944010000000000124','2026-11-16 08:00:00','2026-11-16 09:46:00',45088768,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(346,NULL,13,'8944010000000000124','2026-11-17 10:00:00','2026-11-17 10:29:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(347,NULL,13,'8944010000000000124','2026-11-18 17:00:00','2026-11-18 19:26:00',61865984,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(348,NULL,13,'8944010000000000124','2026-11-19 05:00:00','2026-11-19 06:20:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(349,NULL,13,'8944010000000000124','2026-11-20 17:00:00','2026-11-20 18:46:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(350,NULL,13,'8944010000000000124','2026-11-21 06:00:00','2026-11-21 07:47:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(351,NULL,13,'8944010000000000124','2026-11-22 12:00:00','2026-11-22 14:18:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(352,NULL,13,'8944010000000000124','2026-11-23 15:00:00','2026-11-23 15:05:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(353,NULL,13,'8944010000000000124','2026-11-24 08:00:00','2026-11-24 09:25:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(354,NULL,13,'8944010000000000124','2026-11-25 11:00:00','2026-11-25 13:28:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(355,NULL,13,'8944010000000000124','2026-11-26 11:00:00','2026-11-26 13:11:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(356,NULL,13,'8944010000000000124','2026-11-27 18:00:00','2026-11-27 18:33:00',61865984,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(357,NULL,13,'8944010000000000124','2026-11-28 09:00:00','2026-11-28 11:07:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(358,NULL,13,'8944010000000000124','2026-11-29 17:00:00','2026-11-29 17:23:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(359,NULL,13,'8944010000000000124','2026-11-30 19:00:00','2026-11-30 21:52:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(360,NULL,13,'8944010000000000124','2026-12-01 07:00:00','2026-12-01 09:18:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(361,NULL,15,'8944010000000000140','2026-11-02 08:00:00','2026-11-02 10:06:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(362,NULL,15,'8944010000000000140','2026-11-03 16:00:00','2026-11-03 18:36:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(363,NULL,15,'8944010000000000140','2026-11-04 00:00:00','2026-11-04 01:18:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(364,NULL,15,'8944010000000000140','2026-11-05 12:00:00','2026-11-05 13:21:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(365,NULL,15,'8944010000000000140','2026-11-06 11:00:00','2026-11-06 12:25:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(366,NULL,15,'8944010000000000140','2026-11-07 06:00:00','2026-11-07 08:18:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(367,NULL,15,'8944010000000000140','2026-11-08 07:00:00','2026-11-08 08:45:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(368,NULL,15,'8944010000000000140','2026-11-09 17:00:00','2026-11-09 17:10:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(369,NULL,15,'8944010000000000140','2026-11-10 19:00:00','2026-11-10 20:16:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(370,NULL,15,'8944010000000000140','2026-11-11 02:00:00','2026-11-11 02:51:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(371,NULL,15,'8944010000000000140','2026-11-12 02:00:00','2026-11-12 03:57:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(372,NULL,15,'8944010000000000140','2026-11-13 18:00:00','2026-11-13 19:42:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(373,NULL,15,'8944010000000000140','2026-11-14 14:00:00','2026-11-14 16:18:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(374,NULL,15,'8944010000000000140','2026-11-15 07:00:00','2026-11-15 09:37:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(375,NULL,15,'8944010000000000140','2026-11-16 15:00:00','2026-11-16 15:47:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(376,NULL,15,'8944010000000000140','2026-11-17 06:00:00','2026-11-17 08:26:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(377,NULL,15,'8944010000000000140','2026-11-18 19:00:00','2026-11-18 19:32:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(378,NULL,15,'8944010000000000140','2026-11-19 10:00:00','2026-11-19 10:28:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(379,NULL,15,'8944010000000000140','2026-11-20 13:00:00','2026-11-20 14:27:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(380,NULL,15,'8944010000000000140','2026-11-21 13:00:00','2026-11-21 15:03:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(381,NULL,15,'8944010000000000140','2026-11-22 04:00:00','2026-11-22 05:06:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(382,NULL,15,'8944010000000000140','2026-11-23 08:00:00','2026-11-23 09:59:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(383,NULL,15,'8944010000000000140','2026-11-24 06:00:00','2026-11-24 07:32:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(384,NULL,15,'8944010000000000140','2026-11-25 02:00:00','2026-11-25 04:57:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(385,NULL,15,'8944010000000000140','2026-11-26 16:00:00','2026-11-26 16:45:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(386,NULL,15,'8944010000000000140','2026-11-27 04:00:00','2026-11-27 04:36:00',41943040,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(387,NULL,15,'8944010000000000140','2026-11-28 12:00:00','2026-11-28 14:55:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(388,NULL,15,'8944010000000000140','2026-11-29 13:00:00','2026-11-29 15:23:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(389,NULL,15,'8944010000000000140','2026-11-30 13:00:00','2026-11-30 14:58:00',49283072,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(390,NULL,15,'8944010000000000140','2026-12-01 07:00:00','2026-12-01 09:32:00',85983232,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(391,NULL,16,'8944010000000000157','2026-11-02 18:00:00','2026-11-02 20:59:00',58720256,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(392,NULL,16,'8944010000000000157','2026-11-03 06:00:00','2026-11-03 07:45:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(393,NULL,16,'8944010000000000157','2026-11-04 11:00:00','2026-11-04 13:02:00',51380224,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(394,NULL,16,'8944010000000000157','2026-11-05 03:00:00','2026-11-05 03:35:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(395,NULL,16,'8944010000000000157','2026-11-06 13:00:00','2026-11-06 13:20:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(396,NULL,16,'8944010000000000157','2026-11-07 14:00:00','2026-11-07 16:39:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(397,NULL,16,'8944010000000000157','2026-11-08 13:00:00','2026-11-08 13:10:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(398,NULL,16,'8944010000000000157','2026-11-09 02:00:00','2026-11-09 03:32:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(399,NULL,16,'8944010000000000157','2026-11-10 04:00:00','2026-11-10 06:28:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(400,NULL,16,'8944010000000000157','2026-11-11 09:00:00','2026-11-11 11:55:00',74448896,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(401,NULL,16,'8944010000000000157','2026-11-12 04:00:00','2026-11-12 06:31:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(402,NULL,16,'8944010000000000157','2026-11-13 12:00:00','2026-11-13 13:07:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(403,NULL,16,'8944010000000000157','2026-11-14 18:00:00','2026-11-14 20:18:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(404,NULL,16,'8944010000000000157','2026-11-15 16:00:00','2026-11-15 18:39:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(405,NULL,16,'8944010000000000157','2026-11-16 02:00:00','2026-11-16 04:54:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(406,NULL,16,'8944010000000000157','2026-11-17 10:00:00','2026-11-17 12:11:00',79691776,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(407,NULL,16,'8944010000000000157','2026-11-18 08:00:00','2026-11-18 09:23:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(408,NULL,16,'8944010000000000157','2026-11-19 14:00:00','2026-11-19 14:40:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(409,NULL,16,'8944010000000000157','2026-11-20 02:00:00','2026-11-20 03:20:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(410,NULL,16,'8944010000000000157','2026-11-21 00:00:00','2026-11-21 00:09:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(411,NULL,16,'8944010000000000157','2026-11-22 13:00:00','2026-11-22 13:31:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(412,NULL,16,'8944010000000000157','2026-11-23 14:00:00','2026-11-23 14:24:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(413,NULL,16,'8944010000000000157','2026-11-24 18:00:00','2026-11-24 19:50:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(414,NULL,16,'8944010000000000157','2026-11-25 12:00:00','2026-11-25 12:27:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(415,NULL,16,'8944010000000000157','2026-11-26 05:00:00','2026-11-26 06:59:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(416,NULL,16,'8944010000000000157','2026-11-27 10:00:00','2026-11-27 10:22:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(417,NULL,16,'8944010000000000157','2026-11-28 12:00:00','2026-11-28 13:52:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(418,NULL,16,'8944010000000000157','2026-11-29 05:00:00','2026-11-29 07:15:00',73400320,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(419,NULL,16,'8944010000000000157','2026-11-30 18:00:00','2026-11-30 20:25:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(420,NULL,16,'8944010000000000157','2026-12-01 10:00:00','2026-12-01 10:07:00',80740352,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(421,NULL,17,'8944010000000000165','2026-11-02 07:00:00','2026-11-02 08:49:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(422,NULL,17,'8944010000000000165','2026-11-03 13:00:00','2026-11-03 13:32:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(423,NULL,17,'8944010000000000165','2026-11-04 18:00:00','2026-11-04 20:18:00',72351744,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(424,NULL,17,'8944010000000000165','2026-11-05 00:00:00','2026-11-05 00:36:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(425,NULL,17,'8944010000000000165','2026-11-06 13:00:00','2026-11-06 14:29:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(426,NULL,17,'8944010000000000165','2026-11-07 05:00:00','2026-11-07 07:00:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(427,NULL,17,'8944010000000000165','2026-11-08 11:00:00','2026-11-08 13:14:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(428,NULL,17,'8944010000000000165','2026-11-09 02:00:00','2026-11-09 03:14:00',62914560,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(429,NULL,17,'8944010000000000165','2026-11-10 16:00:00','2026-11-10 18:53:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(430,NULL,17,'8944010000000000165','2026-11-11 00:00:00','2026-11-11 00:28:00',57671680,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(431,NULL,17,'8944010000000000165','2026-11-12 14:00:00','2026-11-12 14:24:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(432,NULL,17,'8944010000000000165','2026-11-13 03:00:00','2026-11-13 04:02:00',88080384,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(433,NULL,17,'8944010000000000165','2026-11-14 19:00:00','2026-11-14 21:02:00',37748736,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(434,NULL,17,'8944010000000000165','2026-11-15 02:00:00','2026-11-15 02:40:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(435,NULL,17,'8944010000000000165','2026-11-16 16:00:00','2026-11-16 18:01:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(436,NULL,17,'8944010000000000165','2026-11-17 00:00:00','2026-11-17 00:42:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(437,NULL,17,'8944010000000000165','2026-11-18 02:00:00','2026-11-18 04:01:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(438,NULL,17,'8944010000000000165','2026-11-19 14:00:00','2026-11-19 14:29:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(439,NULL,17,'8944010000000000165','2026-11-20 12:00:00','2026-11-20 13:21:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(440,NULL,17,'8944010000000000165','2026-11-21 07:00:00','2026-11-21 08:02:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(441,NULL,17,'8944010000000000165','2026-11-22 17:00:00','2026-11-22 18:09:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(442,NULL,17,'8944010000000000165','2026-11-23 14:00:00','2026-11-23 14:08:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(443,NULL,17,'8944010000000000165','2026-11-24 17:00:00','2026-11-24 19:38:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(444,NULL,17,'8944010000000000165','2026-11-25 06:00:00','2026-11-25 07:14:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(445,NULL,17,'8944010000000000165','2026-11-26 14:00:00','2026-11-26 14:28:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(446,NULL,17,'8944010000000000165','2026-11-27 11:00:00','2026-11-27 12:14:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(447,NULL,17,'8944010000000000165','2026-11-28 16:00:00','2026-11-28 18:08:00',100663296,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(448,NULL,17,'8944010000000000165','2026-11-29 14:00:00','2026-11-29 16:05:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(449,NULL,17,'8944010000000000165','2026-11-30 09:00:00','2026-11-30 11:05:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(450,NULL,17,'8944010000000000165','2026-12-01 19:00:00','2026-12-01 20:06:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(451,NULL,18,'8944010000000000173','2026-11-02 15:00:00','2026-11-02 15:59:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(452,NULL,18,'8944010000000000173','2026-11-03 16:00:00','2026-11-03 18:30:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(453,NULL,18,'8944010000000000173','2026-11-04 13:00:00','2026-11-04 14:48:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(454,NULL,18,'8944010000000000173','2026-11-05 14:00:00','2026-11-05 16:49:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(455,NULL,18,'8944010000000000173','2026-11-06 10:00:00','2026-11-06 11:44:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(456,NULL,18,'8944010000000000173','2026-11-07 06:00:00','2026-11-07 06:25:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(457,NULL,18,'8944010000000000173','2026-11-08 03:00:00','2026-11-08 05:12:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(458,NULL,18,'8944010000000000173','2026-11-09 14:00:00','2026-11-09 16:20:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(459,NULL,18,'8944010000000000173','2026-11-10 15:00:00','2026-11-10 15:34:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(460,NULL,18,'8944010000000000173','2026-11-11 18:00:00','2026-11-11 19:24:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(461,NULL,18,'8944010000000000173','2026-11-12 09:00:00','2026-11-12 11:59:00',55574528,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(462,NULL,18,'8944010000000000173','2026-11-13 01:00:00','2026-11-13 01:33:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(463,NULL,18,'8944010000000000173','2026-11-14 14:00:00','2026-11-14 15:15:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(464,NULL,18,'8944010000000000173','2026-11-15 15:00:00','2026-11-15 15:51:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(465,NULL,18,'8944010000000000173','2026-11-16 07:00:00','2026-11-16 07:58:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(466,NULL,18,'8944010000000000173','2026-11-17 15:00:00','2026-11-17 17:46:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(467,NULL,18,'8944010000000000173','2026-11-18 07:00:00','2026-11-18 07:59:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(468,NULL,18,'8944010000000000173','2026-11-19 12:00:00','2026-11-19 14:41:00',63963136,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(469,NULL,18,'8944010000000000173','2026-11-20 01:00:00','2026-11-20 02:12:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(470,NULL,18,'8944010000000000173','2026-11-21 02:00:00','2026-11-21 03:59:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(471,NULL,18,'8944010000000000173','2026-11-22 11:00:00','2026-11-22 13:18:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(472,NULL,18,'8944010000000000173','2026-11-23 07:00:00','2026-11-23 07:56:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(473,NULL,18,'8944010000000000173','2026-11-24 18:00:00','2026-11-24 18:39:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(474,NULL,18,'8944010000000000173','2026-11-25 02:00:00','2026-11-25 02:19:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(475,NULL,18,'8944010000000000173','2026-11-26 10:00:00','2026-11-26 11:09:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(476,NULL,18,'8944010000000000173','2026-11-27 05:00:00','2026-11-27 06:23:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(477,NULL,18,'8944010000000000173','2026-11-28 01:00:00','2026-11-28 02:22:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(478,NULL,18,'8944010000000000173','2026-11-29 08:00:00','2026-11-29 08:10:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(479,NULL,18,'8944010000000000173','2026-11-30 16:00:00','2026-11-30 16:32:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(480,NULL,18,'8944010000000000173','2026-12-01 12:00:00','2026-12-01 14:35:00',75497472,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(481,NULL,19,'8944010000000000181','2026-11-02 14:00:00','2026-11-02 15:19:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(482,NULL,19,'8944010000000000181','2026-11-03 14:00:00','2026-11-03 14:21:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(483,NULL,19,'8944010000000000181','2026-11-04 17:00:00','2026-11-04 19:19:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(484,NULL,19,'8944010000000000181','2026-11-05 07:00:00','2026-11-05 09:33:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(485,NULL,19,'8944010000000000181','2026-11-06 13:00:00','2026-11-06 13:15:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(486,NULL,19,'8944010000000000181','2026-11-07 17:00:00','2026-11-07 18:09:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(487,NULL,19,'8944010000000000181','2026-11-08 07:00:00','2026-11-08 08:48:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(488,NULL,19,'8944010000000000181','2026-11-09 08:00:00','2026-11-09 09:28:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(489,NULL,19,'8944010000000000181','2026-11-10 10:00:00','2026-11-10 10:40:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(490,NULL,19,'8944010000000000181','2026-11-11 16:00:00','2026-11-11 17:00:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(491,NULL,19,'8944010000000000181','2026-11-12 15:00:00','2026-11-12 15:44:00',68157440,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(492,NULL,19,'8944010000000000181','2026-11-13 00:00:00','2026-11-13 02:43:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(493,NULL,19,'8944010000000000181','2026-11-14 15:00:00','2026-11-14 16:33:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(494,NULL,19,'8944010000000000181','2026-11-15 15:00:00','2026-11-15 15:44:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(495,NULL,19,'8944010000000000181','2026-11-16 04:00:00','2026-11-16 06:32:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(496,NULL,19,'8944010000000000181','2026-11-17 01:00:00','2026-11-17 03:42:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(497,NULL,19,'8944010000000000181','2026-11-18 06:00:00','2026-11-18 06:13:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(498,NULL,19,'8944010000000000181','2026-11-19 00:00:00','2026-11-19 00:59:00',83886080,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(499,NULL,19,'8944010000000000181','2026-11-20 11:00:00','2026-11-20 11:29:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(500,NULL,19,'8944010000000000181','2026-11-21 06:00:00','2026-11-21 08:05:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(501,NULL,19,'8944010000000000181','2026-11-22 13:00:00','2026-11-22 15:54:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(502,NULL,19,'8944010000000000181','2026-11-23 14:00:00','2026-11-23 16:55:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(503,NULL,19,'8944010000000000181','2026-11-24 11:00:00','2026-11-24 12:28:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(504,NULL,19,'8944010000000000181','2026-11-25 13:00:00','2026-11-25 15:32:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(505,NULL,19,'8944010000000000181','2026-11-26 18:00:00','2026-11-26 20:52:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(506,NULL,19,'8944010000000000181','2026-11-27 17:00:00','2026-11-27 17:15:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(507,NULL,19,'8944010000000000181','2026-11-28 10:00:00','2026-11-28 12:01:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(508,NULL,19,'8944010000000000181','2026-11-29 13:00:00','2026-11-29 13:12:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(509,NULL,19,'8944010000000000181','2026-11-30 09:00:00','2026-11-30 10:58:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(510,NULL,19,'8944010000000000181','2026-12-01 08:00:00','2026-12-01 10:49:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(511,NULL,20,'8944010000000000199','2026-11-02 01:00:00','2026-11-02 02:45:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(512,NULL,20,'8944010000000000199','2026-11-03 10:00:00','2026-11-03 11:38:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(513,NULL,20,'8944010000000000199','2026-11-04 13:00:00','2026-11-04 15:59:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(514,NULL,20,'8944010000000000199','2026-11-05 08:00:00','2026-11-05 09:15:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(515,NULL,20,'8944010000000000199','2026-11-06 07:00:00','2026-11-06 08:41:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(516,NULL,20,'8944010000000000199','2026-11-07 09:00:00','2026-11-07 11:45:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(517,NULL,20,'8944010000000000199','2026-11-08 09:00:00','2026-11-08 11:03:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(518,NULL,20,'8944010000000000199','2026-11-09 16:00:00','2026-11-09 16:46:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(519,NULL,20,'8944010000000000199','2026-11-10 05:00:00','2026-11-10 06:06:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(520,NULL,20,'8944010000000000199','2026-11-11 01:00:00','2026-11-11 03:09:00',74448896,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(521,NULL,20,'8944010000000000199','2026-11-12 02:00:00','2026-11-12 02:31:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(522,NULL,20,'8944010000000000199','2026-11-13 00:00:00','2026-11-13 00:26:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(523,NULL,20,'8944010000000000199','2026-11-14 04:00:00','2026-11-14 05:02:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(524,NULL,20,'8944010000000000199','2026-11-15 07:00:00','2026-11-15 09:50:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(525,NULL,20,'8944010000000000199','2026-11-16 09:00:00','2026-11-16 10:17:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(526,NULL,20,'8944010000000000199','2026-11-17 03:00:00','2026-11-17 05:06:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(527,NULL,20,'8944010000000000199','2026-11-18 06:00:00','2026-11-18 06:14:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(528,NULL,20,'8944010000000000199','2026-11-19 10:00:00','2026-11-19 11:19:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(529,NULL,20,'8944010000000000199','2026-11-20 07:00:00','2026-11-20 07:56:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(530,NULL,20,'8944010000000000199','2026-11-21 12:00:00','2026-11-21 14:50:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(531,NULL,20,'8944010000000000199','2026-11-22 13:00:00','2026-11-22 14:04:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(532,NULL,20,'8944010000000000199','2026-11-23 12:00:00','2026-11-23 12:57:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(533,NULL,20,'8944010000000000199','2026-11-24 19:00:00','2026-11-24 20:13:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(534,NULL,20,'8944010000000000199','2026-11-25 10:00:00','2026-11-25 11:21:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(535,NULL,20,'8944010000000000199','2026-11-26 13:00:00','2026-11-26 14:00:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(536,NULL,20,'8944010000000000199','2026-11-27 10:00:00','2026-11-27 12:46:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(537,NULL,20,'8944010000000000199','2026-11-28 02:00:00','2026-11-28 03:41:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(538,NULL,20,'8944010000000000199','2026-11-29 05:00:00','2026-11-29 07:08:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(539,NULL,20,'8944010000000000199','2026-11-30 13:00:00','2026-11-30 14:57:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(540,NULL,20,'8944010000000000199','2026-12-01 01:00:00','2026-12-01 03:33:00',49283072,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(541,NULL,22,'8944010000000000215','2026-11-02 01:00:00','2026-11-02 02:36:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(542,NULL,22,'8944010000000000215','2026-11-03 18:00:00','2026-11-03 20:42:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(543,NULL,22,'8944010000000000215','2026-11-04 12:00:00','2026-11-04 12:24:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(544,NULL,22,'8944010000000000215','2026-11-05 08:00:00','2026-11-05 10:03:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(545,NULL,22,'8944010000000000215','2026-11-06 04:00:00','2026-11-06 05:01:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(546,NULL,22,'8944010000000000215','2026-11-07 00:00:00','2026-11-07 02:11:00',84934656,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(547,NULL,22,'8944010000000000215','2026-11-08 19:00:00','2026-11-08 20:05:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(548,NULL,22,'8944010000000000215','2026-11-09 14:00:00','2026-11-09 15:27:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(549,NULL,22,'8944010000000000215','2026-11-10 06:00:00','2026-11-10 06:41:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(550,NULL,22,'8944010000000000215','2026-11-11 12:00:00','2026-11-11 12:45:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(551,NULL,22,'8944010000000000215','2026-11-12 06:00:00','2026-11-12 08:19:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(552,NULL,22,'8944010000000000215','2026-11-13 11:00:00','2026-11-13 13:05:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(553,NULL,22,'8944010000000000215','2026-11-14 08:00:00','2026-11-14 09:21:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(554,NULL,22,'8944010000000000215','2026-11-15 10:00:00','2026-11-15 10:14:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(555,NULL,22,'8944010000000000215','2026-11-16 16:00:00','2026-11-16 17:00:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(556,NULL,22,'8944010000000000215','2026-11-17 09:00:00','2026-11-17 10:02:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(557,NULL,22,'8944010000000000215','2026-11-18 10:00:00','2026-11-18 11:27:00',71303168,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(558,NULL,22,'8944010000000000215','2026-11-19 09:00:00','2026-11-19 09:08:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(559,NULL,22,'8944010000000000215','2026-11-20 01:00:00','2026-11-20 01:32:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(560,NULL,22,'8944010000000000215','2026-11-21 02:00:00','2026-11-21 02:12:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(561,NULL,22,'8944010000000000215','2026-11-22 03:00:00','2026-11-22 03:36:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(562,NULL,22,'8944010000000000215','2026-11-23 19:00:00','2026-11-23 21:42:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(563,NULL,22,'8944010000000000215','2026-11-24 08:00:00','2026-11-24 09:52:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(564,NULL,22,'8944010000000000215','2026-11-25 12:00:00','2026-11-25 12:08:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(565,NULL,22,'8944010000000000215','2026-11-26 11:00:00','2026-11-26 11:15:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(566,NULL,22,'8944010000000000215','2026-11-27 18:00:00','2026-11-27 18:35:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(567,NULL,22,'8944010000000000215','2026-11-28 07:00:00','2026-11-28 08:29:00',7340032,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(568,NULL,22,'8944010000000000215','2026-11-29 19:00:00','2026-11-29 20:54:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(569,NULL,22,'8944010000000000215','2026-11-30 02:00:00','2026-11-30 03:54:00',6291456,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(570,NULL,22,'8944010000000000215','2026-12-01 18:00:00','2026-12-01 20:06:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(571,NULL,23,'8944010000000000223','2026-11-02 15:00:00','2026-11-02 17:51:00',88080384,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(572,NULL,23,'8944010000000000223','2026-11-03 07:00:00','2026-11-03 08:46:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(573,NULL,23,'8944010000000000223','2026-11-04 11:00:00','2026-11-04 13:15:00',36700160,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(574,NULL,23,'8944010000000000223','2026-11-05 01:00:00','2026-11-05 03:24:00',38797312,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(575,NULL,23,'8944010000000000223','2026-11-06 16:00:00','2026-11-06 18:00:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(576,NULL,23,'8944010000000000223','2026-11-07 18:00:00','2026-11-07 18:39:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(577,NULL,23,'8944010000000000223','2026-11-08 09:00:00','2026-11-08 09:33:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(578,NULL,23,'8944010000000000223','2026-11-09 02:00:00','2026-11-09 02:42:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(579,NULL,23,'8944010000000000223','2026-11-10 02:00:00','2026-11-10 04:38:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(580,NULL,23,'8944010000000000223','2026-11-11 08:00:00','2026-11-11 09:45:00',54525952,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(581,NULL,23,'8944010000000000223','2026-11-12 07:00:00','2026-11-12 08:08:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(582,NULL,23,'8944010000000000223','2026-11-13 08:00:00','2026-11-13 09:58:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(583,NULL,23,'8944010000000000223','2026-11-14 02:00:00','2026-11-14 02:36:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(584,NULL,23,'8944010000000000223','2026-11-15 05:00:00','2026-11-15 06:05:00',36700160,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(585,NULL,23,'8944010000000000223','2026-11-16 11:00:00','2026-11-16 13:14:00',100663296,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(586,NULL,23,'8944010000000000223','2026-11-17 09:00:00','2026-11-17 09:12:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(587,NULL,23,'8944010000000000223','2026-11-18 12:00:00','2026-11-18 12:23:00',37748736,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(588,NULL,23,'8944010000000000223','2026-11-19 07:00:00','2026-11-19 08:15:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(589,NULL,23,'8944010000000000223','2026-11-20 01:00:00','2026-11-20 03:47:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(590,NULL,23,'8944010000000000223','2026-11-21 16:00:00','2026-11-21 16:41:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(591,NULL,23,'8944010000000000223','2026-11-22 10:00:00','2026-11-22 10:11:00',90177536,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(592,NULL,23,'8944010000000000223','2026-11-23 16:00:00','2026-11-23 17:37:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(593,NULL,23,'8944010000000000223','2026-11-24 16:00:00','2026-11-24 18:31:00',77594624,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(594,NULL,23,'8944010000000000223','2026-11-25 18:00:00','2026-11-25 19:00:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(595,NULL,23,'8944010000000000223','2026-11-26 15:00:00','2026-11-26 16:39:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(596,NULL,23,'8944010000000000223','2026-11-27 14:00:00','2026-11-27 16:21:00',37748736,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(597,NULL,23,'8944010000000000223','2026-11-28 04:00:00','2026-11-28 05:18:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(598,NULL,23,'8944010000000000223','2026-11-29 14:00:00','2026-11-29 15:49:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(599,NULL,23,'8944010000000000223','2026-11-30 04:00:00','2026-11-30 04:06:00',71303168,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(600,NULL,23,'8944010000000000223','2026-12-01 16:00:00','2026-12-01 17:46:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(601,NULL,24,'8944010000000000231','2026-11-02 09:00:00','2026-11-02 10:51:00',52428800,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(602,NULL,24,'8944010000000000231','2026-11-03 01:00:00','2026-11-03 01:56:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(603,NULL,24,'8944010000000000231','2026-11-04 18:00:00','2026-11-04 18:54:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(604,NULL,24,'8944010000000000231','2026-11-05 03:00:00','2026-11-05 04:53:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(605,NULL,24,'8944010000000000231','2026-11-06 00:00:00','2026-11-06 00:24:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(606,NULL,24,'8944010000000000231','2026-11-07 10:00:00','2026-11-07 11:53:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(607,NULL,24,'8944010000000000231','2026-11-08 09:00:00','2026-11-08 09:59:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(608,NULL,24,'8944010000000000231','2026-11-09 19:00:00','2026-11-09 21:53:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(609,NULL,24,'8944010000000000231','2026-11-10 03:00:00','2026-11-10 05:05:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(610,NULL,24,'8944010000000000231','2026-11-11 19:00:00','2026-11-11 19:31:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(611,NULL,24,'8944010000000000231','2026-11-12 04:00:00','2026-11-12 06:40:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(612,NULL,24,'8944010000000000231','2026-11-13 04:00:00','2026-11-13 06:57:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(613,NULL,24,'8944010000000000231','2026-11-14 15:00:00','2026-11-14 17:19:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(614,NULL,24,'8944010000000000231','2026-11-15 09:00:00','2026-11-15 10:06:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(615,NULL,24,'8944010000000000231','2026-11-16 07:00:00','2026-11-16 09:51:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(616,NULL,24,'8944010000000000231','2026-11-17 19:00:00','2026-11-17 19:50:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(617,NULL,24,'8944010000000000231','2026-11-18 06:00:00','2026-11-18 07:29:00',78643200,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(618,NULL,24,'8944010000000000231','2026-11-19 11:00:00','2026-11-19 11:30:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(619,NULL,24,'8944010000000000231','2026-11-20 19:00:00','2026-11-20 19:50:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(620,NULL,24,'8944010000000000231','2026-11-21 16:00:00','2026-11-21 16:46:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(621,NULL,24,'8944010000000000231','2026-11-22 06:00:00','2026-11-22 06:21:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(622,NULL,24,'8944010000000000231','2026-11-23 11:00:00','2026-11-23 12:24:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(623,NULL,24,'8944010000000000231','2026-11-24 10:00:00','2026-11-24 11:43:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(624,NULL,24,'8944010000000000231','2026-11-25 05:00:00','2026-11-25 06:58:00',83886080,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(625,NULL,24,'8944010000000000231','2026-11-26 10:00:00','2026-11-26 11:33:00',41943040,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(626,NULL,24,'8944010000000000231','2026-11-27 03:00:00','2026-11-27 04:54:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(627,NULL,24,'8944010000000000231','2026-11-28 10:00:00','2026-11-28 10:20:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(628,NULL,24,'8944010000000000231','2026-11-29 11:00:00','2026-11-29 13:10:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(629,NULL,24,'8944010000000000231','2026-11-30 13:00:00','2026-11-30 13:33:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(630,NULL,24,'8944010000000000231','2026-12-01 15:00:00','2026-12-01 15:55:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(631,NULL,25,'8944010000000000249','2026-11-02 05:00:00','2026-11-02 07:37:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(632,NULL,25,'8944010000000000249','2026-11-03 15:00:00','2026-11-03 16:52:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(633,NULL,25,'8944010000000000249','2026-11-04 05:00:00','2026-11-04 05:23:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(634,NULL,25,'8944010000000000249','2026-11-05 16:00:00','2026-11-05 18:34:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(635,NULL,25,'8944010000000000249','2026-11-06 19:00:00','2026-11-06 21:32:00',36700160,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(636,NULL,25,'8944010000000000249','2026-11-07 09:00:00','2026-11-07 10:42:00',98566144,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(637,NULL,25,'8944010000000000249','2026-11-08 10:00:00','2026-11-08 11:29:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(638,NULL,25,'8944010000000000249','2026-11-09 15:00:00','2026-11-09 17:32:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(639,NULL,25,'8944010000000000249','2026-11-10 11:00:00','2026-11-10 12:28:00',35651584,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(640,NULL,25,'8944010000000000249','2026-11-11 15:00:00','2026-11-11 15:10:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(641,NULL,25,'8944010000000000249','2026-11-12 09:00:00','2026-11-12 10:52:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(642,NULL,25,'8944010000000000249','2026-11-13 12:00:00','2026-11-13 13:03:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(643,NULL,25,'8944010000000000249','2026-11-14 06:00:00','2026-11-14 06:29:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(644,NULL,25,'8944010000000000249','2026-11-15 08:00:00','2026-11-15 08:49:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(645,NULL,25,'8944010000000000249','2026-11-16 00:00:00','2026-11-16 01:36:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(646,NULL,25,'8944010000000000249','2026-11-17 07:00:00','2026-11-17 08:24:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(647,NULL,25,'8944010000000000249','2026-11-18 09:00:00','2026-11-18 10:18:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(648,NULL,25,'8944010000000000249','2026-11-19 00:00:00','2026-11-19 00:44:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(649,NULL,25,'8944010000000000249','2026-11-20 10:00:00','2026-11-20 11:31:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(650,NULL,25,'8944010000000000249','2026-11-21 19:00:00','2026-11-21 21:07:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(651,NULL,25,'8944010000000000249','2026-11-22 01:00:00','2026-11-22 03:57:00',35651584,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(652,NULL,25,'8944010000000000249','2026-11-23 02:00:00','2026-11-23 02:17:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(653,NULL,25,'8944010000000000249','2026-11-24 08:00:00','2026-11-24 09:21:00',36700160,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(654,NULL,25,'8944010000000000249','2026-11-25 10:00:00','2026-11-25 11:06:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(655,NULL,25,'8944010000000000249','2026-11-26 15:00:00','2026-11-26 16:07:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(656,NULL,25,'8944010000000000249','2026-11-27 11:00:00','2026-11-27 13:47:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(657,NULL,25,'8944010000000000249','2026-11-28 11:00:00','2026-11-28 12:55:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(658,NULL,25,'8944010000000000249','2026-11-29 10:00:00','2026-11-29 12:47:00',36700160,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(659,NULL,25,'8944010000000000249','2026-11-30 07:00:00','2026-11-30 08:26:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(660,NULL,25,'8944010000000000249','2026-12-01 18:00:00','2026-12-01 20:42:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(661,NULL,26,'8944010000000000256','2026-11-02 03:00:00','2026-11-02 05:19:00',114294784,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(662,NULL,26,'8944010000000000256','2026-11-03 14:00:00','2026-11-03 15:54:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(663,NULL,26,'8944010000000000256','2026-11-04 14:00:00','2026-11-04 15:47:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(664,NULL,26,'8944010000000000256','2026-11-05 02:00:00','2026-11-05 02:47:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(665,NULL,26,'8944010000000000256','2026-11-06 07:00:00','2026-11-06 08:42:00',100663296,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(666,NULL,26,'8944010000000000256','2026-11-07 09:00:00','2026-11-07 09:16:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(667,NULL,26,'8944010000000000256','2026-11-08 19:00:00','2026-11-08 20:14:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(668,NULL,26,'8944010000000000256','2026-11-09 04:00:00','2026-11-09 05:31:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(669,NULL,26,'8944010000000000256','2026-11-10 08:00:00','2026-11-10 10:58:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(670,NULL,26,'8944010000000000256','2026-11-11 16:00:00','2026-11-11 17:30:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(671,NULL,26,'8944010000000000256','2026-11-12 17:00:00','2026-11-12 19:49:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(672,NULL,26,'8944010000000000256','2026-11-13 15:00:00','2026-11-13 17:37:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(673,NULL,26,'8944010000000000256','2026-11-14 14:00:00','2026-11-14 16:42:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(674,NULL,26,'8944010000000000256','2026-11-15 01:00:00','2026-11-15 02:18:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(675,NULL,26,'8944010000000000256','2026-11-16 08:00:00','2026-11-16 10:12:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(676,NULL,26,'8944010000000000256','2026-11-17 18:00:00','2026-11-17 20:58:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(677,NULL,26,'8944010000000000256','2026-11-18 15:00:00','2026-11-18 15:57:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(678,NULL,26,'8944010000000000256','2026-11-19 07:00:00','2026-11-19 07:41:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(679,NULL,26,'8944010000000000256','2026-11-20 16:00:00','2026-11-20 16:39:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(680,NULL,26,'8944010000000000256','2026-11-21 14:00:00','2026-11-21 15:42:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(681,NULL,26,'8944010000000000256','2026-11-22 08:00:00','2026-11-22 08:23:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(682,NULL,26,'8944010000000000256','2026-11-23 16:00:00','2026-11-23 18:20:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(683,NULL,26,'8944010000000000256','2026-11-24 07:00:00','2026-11-24 07:25:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(684,NULL,26,'8944010000000000256','2026-11-25 17:00:00','2026-11-25 19:01:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(685,NULL,26,'8944010000000000256','2026-11-26 15:00:00','2026-11-26 17:08:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(686,NULL,26,'8944010000000000256','2026-11-27 14:00:00','2026-11-27 15:24:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(687,NULL,26,'8944010000000000256','2026-11-28 11:00:00','2026-11-28 13:53:00',93323264,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(688,NULL,26,'8944010000000000256','2026-11-29 06:00:00','2026-11-29 07:20:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(689,NULL,26,'8944010000000000256','2026-11-30 03:00:00','2026-11-30 04:37:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(690,NULL,26,'8944010000000000256','2026-12-01 07:00:00','2026-12-01 09:05:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(691,NULL,27,'8944010000000000264','2026-11-02 18:00:00','2026-11-02 19:23:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(692,NULL,27,'8944010000000000264','2026-11-03 06:00:00','2026-11-03 06:05:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(693,NULL,27,'8944010000000000264','2026-11-04 08:00:00','2026-11-04 09:44:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(694,NULL,27,'8944010000000000264','2026-11-05 16:00:00','2026-11-05 16:47:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(695,NULL,27,'8944010000000000264','2026-11-06 10:00:00','2026-11-06 11:48:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(696,NULL,27,'8944010000000000264','2026-11-07 16:00:00','2026-11-07 18:05:00',85983232,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(697,NULL,27,'8944010000000000264','2026-11-08 13:00:00','2026-11-08 13:28:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(698,NULL,27,'8944010000000000264','2026-11-09 07:00:00','2026-11-09 07:07:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(699,NULL,27,'8944010000000000264','2026-11-10 15:00:00','2026-11-10 17:20:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(700,NULL,27,'8944010000000000264','2026-11-11 02:00:00','2026-11-11 02:20:00',36700160,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(701,NULL,27,'8944010000000000264','2026-11-12 19:00:00','2026-11-12 20:21:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(702,NULL,27,'8944010000000000264','2026-11-13 17:00:00','2026-11-13 19:14:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(703,NULL,27,'8944010000000000264','2026-11-14 05:00:00','2026-11-14 05:41:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(704,NULL,27,'8944010000000000264','2026-11-15 01:00:00','2026-11-15 02:32:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(705,NULL,27,'8944010000000000264','2026-11-16 19:00:00','2026-11-16 19:43:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(706,NULL,27,'8944010000000000264','2026-11-17 15:00:00','2026-11-17 17:05:00',115343360,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(707,NULL,27,'8944010000000000264','2026-11-18 11:00:00','2026-11-18 13:52:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(708,NULL,27,'8944010000000000264','2026-11-19 09:00:00','2026-11-19 10:37:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(709,NULL,27,'8944010000000000264','2026-11-20 10:00:00','2026-11-20 10:35:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(710,NULL,27,'8944010000000000264','2026-11-21 05:00:00','2026-11-21 05:58:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(711,NULL,27,'8944010000000000264','2026-11-22 04:00:00','2026-11-22 04:44:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(712,NULL,27,'8944010000000000264','2026-11-23 10:00:00','2026-11-23 10:35:00',35651584,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(713,NULL,27,'8944010000000000264','2026-11-24 07:00:00','2026-11-24 08:00:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(714,NULL,27,'8944010000000000264','2026-11-25 09:00:00','2026-11-25 11:52:00',94371840,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(715,NULL,27,'8944010000000000264','2026-11-26 15:00:00','2026-11-26 16:17:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(716,NULL,27,'8944010000000000264','2026-11-27 15:00:00','2026-11-27 17:53:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(717,NULL,27,'8944010000000000264','2026-11-28 13:00:00','2026-11-28 15:05:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(718,NULL,27,'8944010000000000264','2026-11-29 06:00:00','2026-11-29 06:52:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(719,NULL,27,'8944010000000000264','2026-11-30 18:00:00','2026-11-30 20:14:00',84934656,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(720,NULL,27,'8944010000000000264','2026-12-01 03:00:00','2026-12-01 03:49:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(721,NULL,28,'8944010000000000272','2026-11-02 13:00:00','2026-11-02 13:11:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(722,NULL,28,'8944010000000000272','2026-11-03 03:00:00','2026-11-03 03:43:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(723,NULL,28,'8944010000000000272','2026-11-04 10:00:00','2026-11-04 12:41:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(724,NULL,28,'8944010000000000272','2026-11-05 08:00:00','2026-11-05 10:29:00',49283072,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(725,NULL,28,'8944010000000000272','2026-11-06 06:00:00','2026-11-06 06:17:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(726,NULL,28,'8944010000000000272','2026-11-07 03:00:00','2026-11-07 05:24:00',72351744,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(727,NULL,28,'8944010000000000272','2026-11-08 01:00:00','2026-11-08 02:45:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(728,NULL,28,'8944010000000000272','2026-11-09 13:00:00','2026-11-09 13:42:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(729,NULL,28,'8944010000000000272','2026-11-10 03:00:00','2026-11-10 04:58:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(730,NULL,28,'8944010000000000272','2026-11-11 08:00:00','2026-11-11 08:23:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(731,NULL,28,'8944010000000000272','2026-11-12 02:00:00','2026-11-12 02:08:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(732,NULL,28,'8944010000000000272','2026-11-13 01:00:00','2026-11-13 02:27:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(733,NULL,28,'8944010000000000272','2026-11-14 06:00:00','2026-11-14 07:31:00',82837504,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(734,NULL,28,'8944010000000000272','2026-11-15 09:00:00','2026-11-15 10:25:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(735,NULL,28,'8944010000000000272','2026-11-16 07:00:00','2026-11-16 07:05:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(736,NULL,28,'8944010000000000272','2026-11-17 19:00:00','2026-11-17 21:13:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(737,NULL,28,'8944010000000000272','2026-11-18 04:00:00','2026-11-18 05:51:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(738,NULL,28,'8944010000000000272','2026-11-19 03:00:00','2026-11-19 03:36:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(739,NULL,28,'8944010000000000272','2026-11-20 19:00:00','2026-11-20 21:38:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(740,NULL,28,'8944010000000000272','2026-11-21 11:00:00','2026-11-21 13:15:00',84934656,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(741,NULL,28,'8944010000000000272','2026-11-22 04:00:00','2026-11-22 05:14:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(742,NULL,28,'8944010000000000272','2026-11-23 14:00:00','2026-11-23 15:14:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(743,NULL,28,'8944010000000000272','2026-11-24 03:00:00','2026-11-24 03:29:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(744,NULL,28,'8944010000000000272','2026-11-25 02:00:00','2026-11-25 04:38:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(745,NULL,28,'8944010000000000272','2026-11-26 05:00:00','2026-11-26 07:15:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(746,NULL,28,'8944010000000000272','2026-11-27 17:00:00','2026-11-27 17:48:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(747,NULL,28,'8944010000000000272','2026-11-28 11:00:00','2026-11-28 13:09:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(748,NULL,28,'8944010000000000272','2026-11-29 07:00:00','2026-11-29 08:54:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(749,NULL,28,'8944010000000000272','2026-11-30 08:00:00','2026-11-30 09:23:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(750,NULL,28,'8944010000000000272','2026-12-01 11:00:00','2026-12-01 11:38:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(751,NULL,29,'8944010000000000280','2026-11-02 04:00:00','2026-11-02 04:05:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(752,NULL,29,'8944010000000000280','2026-11-03 00:00:00','2026-11-03 01:08:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(753,NULL,29,'8944010000000000280','2026-11-04 19:00:00','2026-11-04 21:47:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(754,NULL,29,'8944010000000000280','2026-11-05 19:00:00','2026-11-05 20:29:00',84934656,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(755,NULL,29,'8944010000000000280','2026-11-06 16:00:00','2026-11-06 18:49:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(756,NULL,29,'8944010000000000280','2026-11-07 00:00:00','2026-11-07 00:41:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(757,NULL,29,'8944010000000000280','2026-11-08 13:00:00','2026-11-08 13:32:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(758,NULL,29,'8944010000000000280','2026-11-09 06:00:00','2026-11-09 08:50:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(759,NULL,29,'8944010000000000280','2026-11-10 12:00:00','2026-11-10 13:36:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(760,NULL,29,'8944010000000000280','2026-11-11 04:00:00','2026-11-11 05:50:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(761,NULL,29,'8944010000000000280','2026-11-12 07:00:00','2026-11-12 09:30:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(762,NULL,29,'8944010000000000280','2026-11-13 13:00:00','2026-11-13 15:04:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(763,NULL,29,'8944010000000000280','2026-11-14 09:00:00','2026-11-14 09:58:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(764,NULL,29,'8944010000000000280','2026-11-15 19:00:00','2026-11-15 21:09:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(765,NULL,29,'8944010000000000280','2026-11-16 10:00:00','2026-11-16 10:07:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(766,NULL,29,'8944010000000000280','2026-11-17 08:00:00','2026-11-17 09:01:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(767,NULL,29,'8944010000000000280','2026-11-18 09:00:00','2026-11-18 09:45:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(768,NULL,29,'8944010000000000280','2026-11-19 17:00:00','2026-11-19 17:52:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(769,NULL,29,'8944010000000000280','2026-11-20 10:00:00','2026-11-20 11:54:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(770,NULL,29,'8944010000000000280','2026-11-21 12:00:00','2026-11-21 12:44:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(771,NULL,29,'8944010000000000280','2026-11-22 09:00:00','2026-11-22 09:46:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(772,NULL,29,'8944010000000000280','2026-11-23 08:00:00','2026-11-23 09:29:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(773,NULL,29,'8944010000000000280','2026-11-24 09:00:00','2026-11-24 09:39:00',51380224,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(774,NULL,29,'8944010000000000280','2026-11-25 12:00:00','2026-11-25 14:08:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(775,NULL,29,'8944010000000000280','2026-11-26 06:00:00','2026-11-26 06:30:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(776,NULL,29,'8944010000000000280','2026-11-27 02:00:00','2026-11-27 02:48:00',76546048,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(777,NULL,29,'8944010000000000280','2026-11-28 15:00:00','2026-11-28 16:45:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(778,NULL,29,'8944010000000000280','2026-11-29 01:00:00','2026-11-29 01:26:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(779,NULL,29,'8944010000000000280','2026-11-30 10:00:00','2026-11-30 11:23:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(780,NULL,29,'8944010000000000280','2026-12-01 17:00:00','2026-12-01 19:21:00',75497472,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(781,NULL,30,'8944010000000000298','2026-11-02 08:00:00','2026-11-02 09:21:00',91226112,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(782,NULL,30,'8944010000000000298','2026-11-03 08:00:00','2026-11-03 08:38:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(783,NULL,30,'8944010000000000298','2026-11-04 15:00:00','2026-11-04 17:50:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(784,NULL,30,'8944010000000000298','2026-11-05 13:00:00','2026-11-05 13:55:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(785,NULL,30,'8944010000000000298','2026-11-06 11:00:00','2026-11-06 12:15:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(786,NULL,30,'8944010000000000298','2026-11-07 00:00:00','2026-11-07 01:27:00',37748736,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(787,NULL,30,'8944010000000000298','2026-11-08 12:00:00','2026-11-08 14:44:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(788,NULL,30,'8944010000000000298','2026-11-09 13:00:00','2026-11-09 14:13:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(789,NULL,30,'8944010000000000298','2026-11-10 11:00:00','2026-11-10 13:38:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(790,NULL,30,'8944010000000000298','2026-11-11 19:00:00','2026-11-11 21:12:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(791,NULL,30,'8944010000000000298','2026-11-12 15:00:00','2026-11-12 17:16:00',42991616,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(792,NULL,30,'8944010000000000298','2026-11-13 16:00:00','2026-11-13 16:30:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(793,NULL,30,'8944010000000000298','2026-11-14 09:00:00','2026-11-14 09:06:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(794,NULL,30,'8944010000000000298','2026-11-15 07:00:00','2026-11-15 09:54:00',81788928,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(795,NULL,30,'8944010000000000298','2026-11-16 15:00:00','2026-11-16 15:54:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(796,NULL,30,'8944010000000000298','2026-11-17 01:00:00','2026-11-17 02:41:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(797,NULL,30,'8944010000000000298','2026-11-18 02:00:00','2026-11-18 03:52:00',56623104,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(798,NULL,30,'8944010000000000298','2026-11-19 15:00:00','2026-11-19 15:51:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(799,NULL,30,'8944010000000000298','2026-11-20 13:00:00','2026-11-20 15:11:00',8388608,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(800,NULL,30,'8944010000000000298','2026-11-21 16:00:00','2026-11-21 18:19:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(801,NULL,30,'8944010000000000298','2026-11-22 04:00:00','2026-11-22 05:12:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(802,NULL,30,'8944010000000000298','2026-11-23 03:00:00','2026-11-23 03:23:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(803,NULL,30,'8944010000000000298','2026-11-24 19:00:00','2026-11-24 21:27:00',10485760,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(804,NULL,30,'8944010000000000298','2026-11-25 09:00:00','2026-11-25 09:37:00',11534336,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(805,NULL,30,'8944010000000000298','2026-11-26 03:00:00','2026-11-26 05:06:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(806,NULL,30,'8944010000000000298','2026-11-27 14:00:00','2026-11-27 16:04:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(807,NULL,30,'8944010000000000298','2026-11-28 06:00:00','2026-11-28 08:55:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(808,NULL,30,'8944010000000000298','2026-11-29 16:00:00','2026-11-29 17:27:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(809,NULL,30,'8944010000000000298','2026-11-30 03:00:00','2026-11-30 04:16:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(810,NULL,30,'8944010000000000298','2026-12-01 10:00:00','2026-12-01 12:36:00',9437184,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(811,NULL,31,'8944010000000000306','2026-11-02 06:00:00','2026-11-02 06:45:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(812,NULL,31,'8944010000000000306','2026-11-03 17:00:00','2026-11-03 19:18:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(813,NULL,31,'8944010000000000306','2026-11-04 15:00:00','2026-11-04 16:25:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(814,NULL,31,'8944010000000000306','2026-11-05 00:00:00','2026-11-05 00:41:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(815,NULL,31,'8944010000000000306','2026-11-06 15:00:00','2026-11-06 15:38:00',70254592,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(816,NULL,31,'8944010000000000306','2026-11-07 05:00:00','2026-11-07 06:36:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(817,NULL,31,'8944010000000000306','2026-11-08 12:00:00','2026-11-08 14:34:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(818,NULL,31,'8944010000000000306','2026-11-09 12:00:00','2026-11-09 14:37:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(819,NULL,31,'8944010000000000306','2026-11-10 17:00:00','2026-11-10 19:12:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(820,NULL,31,'8944010000000000306','2026-11-11 09:00:00','2026-11-11 11:02:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(821,NULL,31,'8944010000000000306','2026-11-12 04:00:00','2026-11-12 06:38:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(822,NULL,31,'8944010000000000306','2026-11-13 00:00:00','2026-11-13 01:24:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(823,NULL,31,'8944010000000000306','2026-11-14 04:00:00','2026-11-14 06:46:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(824,NULL,31,'8944010000000000306','2026-11-15 06:00:00','2026-11-15 06:17:00',105906176,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(825,NULL,31,'8944010000000000306','2026-11-16 14:00:00','2026-11-16 16:11:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(826,NULL,31,'8944010000000000306','2026-11-17 18:00:00','2026-11-17 19:07:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(827,NULL,31,'8944010000000000306','2026-11-18 11:00:00','2026-11-18 11:37:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(828,NULL,31,'8944010000000000306','2026-11-19 09:00:00','2026-11-19 11:02:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(829,NULL,31,'8944010000000000306','2026-11-20 16:00:00','2026-11-20 16:07:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(830,NULL,31,'8944010000000000306','2026-11-21 09:00:00','2026-11-21 10:31:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(831,NULL,31,'8944010000000000306','2026-11-22 01:00:00','2026-11-22 03:47:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(832,NULL,31,'8944010000000000306','2026-11-23 16:00:00','2026-11-23 17:12:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(833,NULL,31,'8944010000000000306','2026-11-24 06:00:00','2026-11-24 06:44:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(834,NULL,31,'8944010000000000306','2026-11-25 11:00:00','2026-11-25 13:54:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(835,NULL,31,'8944010000000000306','2026-11-26 04:00:00','2026-11-26 04:05:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(836,NULL,31,'8944010000000000306','2026-11-27 17:00:00','2026-11-27 18:28:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(837,NULL,31,'8944010000000000306','2026-11-28 10:00:00','2026-11-28 12:01:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(838,NULL,31,'8944010000000000306','2026-11-29 17:00:00','2026-11-29 17:39:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(839,NULL,31,'8944010000000000306','2026-11-30 15:00:00','2026-11-30 15:50:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(840,NULL,31,'8944010000000000306','2026-12-01 05:00:00','2026-12-01 05:15:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(841,NULL,32,'8944010000000000314','2026-11-02 04:00:00','2026-11-02 05:43:00',36700160,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(842,NULL,32,'8944010000000000314','2026-11-03 07:00:00','2026-11-03 09:05:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(843,NULL,32,'8944010000000000314','2026-11-04 04:00:00','2026-11-04 04:19:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(844,NULL,32,'8944010000000000314','2026-11-05 08:00:00','2026-11-05 10:48:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(845,NULL,32,'8944010000000000314','2026-11-06 07:00:00','2026-11-06 07:08:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(846,NULL,32,'8944010000000000314','2026-11-07 10:00:00','2026-11-07 10:16:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(847,NULL,32,'8944010000000000314','2026-11-08 10:00:00','2026-11-08 11:01:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(848,NULL,32,'8944010000000000314','2026-11-09 00:00:00','2026-11-09 02:56:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(849,NULL,32,'8944010000000000314','2026-11-10 07:00:00','2026-11-10 08:15:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(850,NULL,32,'8944010000000000314','2026-11-11 17:00:00','2026-11-11 17:30:00',37748736,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(851,NULL,32,'8944010000000000314','2026-11-12 12:00:00','2026-11-12 12:21:00',38797312,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(852,NULL,32,'8944010000000000314','2026-11-13 12:00:00','2026-11-13 14:04:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(853,NULL,32,'8944010000000000314','2026-11-14 15:00:00','2026-11-14 15:29:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(854,NULL,32,'8944010000000000314','2026-11-15 19:00:00','2026-11-15 21:06:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(855,NULL,32,'8944010000000000314','2026-11-16 07:00:00','2026-11-16 09:32:00',113246208,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(856,NULL,32,'8944010000000000314','2026-11-17 11:00:00','2026-11-17 11:20:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(857,NULL,32,'8944010000000000314','2026-11-18 19:00:00','2026-11-18 21:53:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(858,NULL,32,'8944010000000000314','2026-11-19 08:00:00','2026-11-19 08:51:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(859,NULL,32,'8944010000000000314','2026-11-20 08:00:00','2026-11-20 10:40:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(860,NULL,32,'8944010000000000314','2026-11-21 07:00:00','2026-11-21 07:18:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(861,NULL,32,'8944010000000000314','2026-11-22 11:00:00','2026-11-22 13:23:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(862,NULL,32,'8944010000000000314','2026-11-23 10:00:00','2026-11-23 11:49:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(863,NULL,32,'8944010000000000314','2026-11-24 19:00:00','2026-11-24 21:42:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(864,NULL,32,'8944010000000000314','2026-11-25 04:00:00','2026-11-25 04:25:00',67108864,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(865,NULL,32,'8944010000000000314','2026-11-26 00:00:00','2026-11-26 02:50:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(866,NULL,32,'8944010000000000314','2026-11-27 14:00:00','2026-11-27 15:24:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(867,NULL,32,'8944010000000000314','2026-11-28 17:00:00','2026-11-28 19:39:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(868,NULL,32,'8944010000000000314','2026-11-29 16:00:00','2026-11-29 17:47:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(869,NULL,32,'8944010000000000314','2026-11-30 17:00:00','2026-11-30 19:12:00',103809024,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(870,NULL,32,'8944010000000000314','2026-12-01 10:00:00','2026-12-01 12:26:00',38797312,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(871,NULL,33,'8944010000000000322','2026-11-02 08:00:00','2026-11-02 08:12:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(872,NULL,33,'8944010000000000322','2026-11-03 02:00:00','2026-11-03 04:20:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(873,NULL,33,'8944010000000000322','2026-11-04 07:00:00','2026-11-04 09:34:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(874,NULL,33,'8944010000000000322','2026-11-05 03:00:00','2026-11-05 05:02:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(875,NULL,33,'8944010000000000322','2026-11-06 09:00:00','2026-11-06 09:31:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(876,NULL,33,'8944010000000000322','2026-11-07 19:00:00','2026-11-07 20:08:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(877,NULL,33,'8944010000000000322','2026-11-08 00:00:00','2026-11-08 01:13:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(878,NULL,33,'8944010000000000322','2026-11-09 09:00:00','2026-11-09 11:10:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(879,NULL,33,'8944010000000000322','2026-11-10 18:00:00','2026-11-10 20:30:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(880,NULL,33,'8944010000000000322','2026-11-11 08:00:00','2026-11-11 08:10:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(881,NULL,33,'8944010000000000322','2026-11-12 13:00:00','2026-11-12 15:11:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(882,NULL,33,'8944010000000000322','2026-11-13 08:00:00','2026-11-13 09:12:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(883,NULL,33,'8944010000000000322','2026-11-14 17:00:00','2026-11-14 17:20:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(884,NULL,33,'8944010000000000322','2026-11-15 17:00:00','2026-11-15 17:46:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(885,NULL,33,'8944010000000000322','2026-11-16 13:00:00','2026-11-16 15:27:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(886,NULL,33,'8944010000000000322','2026-11-17 07:00:00','2026-11-17 07:07:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(887,NULL,33,'8944010000000000322','2026-11-18 19:00:00','2026-11-18 19:20:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(888,NULL,33,'8944010000000000322','2026-11-19 08:00:00','2026-11-19 08:14:00',48234496,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(889,NULL,33,'8944010000000000322','2026-11-20 02:00:00','2026-11-20 04:16:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(890,NULL,33,'8944010000000000322','2026-11-21 12:00:00','2026-11-21 14:46:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(891,NULL,33,'8944010000000000322','2026-11-22 00:00:00','2026-11-22 01:00:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(892,NULL,33,'8944010000000000322','2026-11-23 00:00:00','2026-11-23 00:48:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(893,NULL,33,'8944010000000000322','2026-11-24 13:00:00','2026-11-24 15:41:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(894,NULL,33,'8944010000000000322','2026-11-25 17:00:00','2026-11-25 18:10:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(895,NULL,33,'8944010000000000322','2026-11-26 10:00:00','2026-11-26 12:03:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(896,NULL,33,'8944010000000000322','2026-11-27 07:00:00','2026-11-27 07:51:00',50331648,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(897,NULL,33,'8944010000000000322','2026-11-28 00:00:00','2026-11-28 02:27:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(898,NULL,33,'8944010000000000322','2026-11-29 09:00:00','2026-11-29 09:50:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(899,NULL,33,'8944010000000000322','2026-11-30 17:00:00','2026-11-30 19:56:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(900,NULL,33,'8944010000000000322','2026-12-01 13:00:00','2026-12-01 15:10:00',1048576,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(901,NULL,34,'8944010000000000330','2026-11-02 15:00:00','2026-11-02 16:38:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(902,NULL,34,'8944010000000000330','2026-11-03 04:00:00','2026-11-03 06:46:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(903,NULL,34,'8944010000000000330','2026-11-04 04:00:00','2026-11-04 05:21:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(904,NULL,34,'8944010000000000330','2026-11-05 10:00:00','2026-11-05 12:08:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(905,NULL,34,'8944010000000000330','2026-11-06 01:00:00','2026-11-06 02:07:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(906,NULL,34,'8944010000000000330','2026-11-07 08:00:00','2026-11-07 10:37:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(907,NULL,34,'8944010000000000330','2026-11-08 12:00:00','2026-11-08 13:24:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(908,NULL,34,'8944010000000000330','2026-11-09 07:00:00','2026-11-09 09:57:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(909,NULL,34,'8944010000000000330','2026-11-10 19:00:00','2026-11-10 20:03:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(910,NULL,34,'8944010000000000330','2026-11-11 14:00:00','2026-11-11 14:51:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(911,NULL,34,'8944010000000000330','2026-11-12 11:00:00','2026-11-12 11:27:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(912,NULL,34,'8944010000000000330','2026-11-13 02:00:00','2026-11-13 03:00:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(913,NULL,34,'8944010000000000330','2026-11-14 14:00:00','2026-11-14 16:48:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(914,NULL,34,'8944010000000000330','2026-11-15 03:00:00','2026-11-15 04:51:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(915,NULL,34,'8944010000000000330','2026-11-16 11:00:00','2026-11-16 11:47:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(916,NULL,34,'8944010000000000330','2026-11-17 03:00:00','2026-11-17 04:06:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(917,NULL,34,'8944010000000000330','2026-11-18 02:00:00','2026-11-18 04:54:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(918,NULL,34,'8944010000000000330','2026-11-19 17:00:00','2026-11-19 18:02:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(919,NULL,34,'8944010000000000330','2026-11-20 03:00:00','2026-11-20 04:40:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(920,NULL,34,'8944010000000000330','2026-11-21 17:00:00','2026-11-21 19:25:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(921,NULL,34,'8944010000000000330','2026-11-22 11:00:00','2026-11-22 11:26:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(922,NULL,34,'8944010000000000330','2026-11-23 04:00:00','2026-11-23 05:50:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(923,NULL,34,'8944010000000000330','2026-11-24 03:00:00','2026-11-24 05:43:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(924,NULL,34,'8944010000000000330','2026-11-25 16:00:00','2026-11-25 17:08:00',78643200,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(925,NULL,34,'8944010000000000330','2026-11-26 18:00:00','2026-11-26 19:06:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(926,NULL,34,'8944010000000000330','2026-11-27 07:00:00','2026-11-27 07:58:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(927,NULL,34,'8944010000000000330','2026-11-28 06:00:00','2026-11-28 07:49:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(928,NULL,34,'8944010000000000330','2026-11-29 17:00:00','2026-11-29 17:18:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(929,NULL,34,'8944010000000000330','2026-11-30 02:00:00','2026-11-30 03:09:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(930,NULL,34,'8944010000000000330','2026-12-01 08:00:00','2026-12-01 09:38:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(931,NULL,35,'8944010000000000348','2026-11-02 16:00:00','2026-11-02 16:15:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(932,NULL,35,'8944010000000000348','2026-11-03 10:00:00','2026-11-03 10:49:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(933,NULL,35,'8944010000000000348','2026-11-04 03:00:00','2026-11-04 03:09:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(934,NULL,35,'8944010000000000348','2026-11-05 09:00:00','2026-11-05 09:43:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(935,NULL,35,'8944010000000000348','2026-11-06 16:00:00','2026-11-06 17:40:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(936,NULL,35,'8944010000000000348','2026-11-07 00:00:00','2026-11-07 00:35:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(937,NULL,35,'8944010000000000348','2026-11-08 16:00:00','2026-11-08 18:32:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(938,NULL,35,'8944010000000000348','2026-11-09 02:00:00','2026-11-09 04:14:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(939,NULL,35,'8944010000000000348','2026-11-10 04:00:00','2026-11-10 04:19:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(940,NULL,35,'8944010000000000348','2026-11-11 00:00:00','2026-11-11 00:33:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(941,NULL,35,'8944010000000000348','2026-11-12 10:00:00','2026-11-12 12:20:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(942,NULL,35,'8944010000000000348','2026-11-13 12:00:00','2026-11-13 13:23:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(943,NULL,35,'8944010000000000348','2026-11-14 13:00:00','2026-11-14 13:45:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(944,NULL,35,'8944010000000000348','2026-11-15 03:00:00','2026-11-15 04:34:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(945,NULL,35,'8944010000000000348','2026-11-16 10:00:00','2026-11-16 12:21:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(946,NULL,35,'8944010000000000348','2026-11-17 12:00:00','2026-11-17 12:45:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(947,NULL,35,'8944010000000000348','2026-11-18 02:00:00','2026-11-18 04:55:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(948,NULL,35,'8944010000000000348','2026-11-19 12:00:00','2026-11-19 13:44:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(949,NULL,35,'8944010000000000348','2026-11-20 01:00:00','2026-11-20 02:54:00',95420416,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(950,NULL,35,'8944010000000000348','2026-11-21 01:00:00','2026-11-21 01:17:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(951,NULL,35,'8944010000000000348','2026-11-22 09:00:00','2026-11-22 10:09:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(952,NULL,35,'8944010000000000348','2026-11-23 11:00:00','2026-11-23 12:50:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(953,NULL,35,'8944010000000000348','2026-11-24 01:00:00','2026-11-24 01:07:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(954,NULL,35,'8944010000000000348','2026-11-25 00:00:00','2026-11-25 00:44:00',26214400,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(955,NULL,35,'8944010000000000348','2026-11-26 08:00:00','2026-11-26 08:44:00',28311552,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(956,NULL,35,'8944010000000000348','2026-11-27 13:00:00','2026-11-27 15:51:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(957,NULL,35,'8944010000000000348','2026-11-28 00:00:00','2026-11-28 02:51:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(958,NULL,35,'8944010000000000348','2026-11-29 04:00:00','2026-11-29 06:14:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(959,NULL,35,'8944010000000000348','2026-11-30 09:00:00','2026-11-30 11:23:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(960,NULL,35,'8944010000000000348','2026-12-01 02:00:00','2026-12-01 04:01:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(961,NULL,36,'8944010000000000355','2026-11-02 07:00:00','2026-11-02 08:28:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(962,NULL,36,'8944010000000000355','2026-11-03 11:00:00','2026-11-03 12:28:00',12582912,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(963,NULL,36,'8944010000000000355','2026-11-04 08:00:00','2026-11-04 08:38:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(964,NULL,36,'8944010000000000355','2026-11-05 11:00:00','2026-11-05 13:44:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(965,NULL,36,'8944010000000000355','2026-11-06 00:00:00','2026-11-06 01:06:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(966,NULL,36,'8944010000000000355','2026-11-07 05:00:00','2026-11-07 05:30:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(967,NULL,36,'8944010000000000355','2026-11-08 19:00:00','2026-11-08 20:07:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(968,NULL,36,'8944010000000000355','2026-11-09 15:00:00','2026-11-09 15:13:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(969,NULL,36,'8944010000000000355','2026-11-10 14:00:00','2026-11-10 14:59:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(970,NULL,36,'8944010000000000355','2026-11-11 07:00:00','2026-11-11 07:18:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(971,NULL,36,'8944010000000000355','2026-11-12 15:00:00','2026-11-12 17:07:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(972,NULL,36,'8944010000000000355','2026-11-13 19:00:00','2026-11-13 19:59:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(973,NULL,36,'8944010000000000355','2026-11-14 10:00:00','2026-11-14 10:30:00',75497472,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(974,NULL,36,'8944010000000000355','2026-11-15 06:00:00','2026-11-15 07:03:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(975,NULL,36,'8944010000000000355','2026-11-16 14:00:00','2026-11-16 16:14:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(976,NULL,36,'8944010000000000355','2026-11-17 01:00:00','2026-11-17 02:49:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(977,NULL,36,'8944010000000000355','2026-11-18 07:00:00','2026-11-18 07:20:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(978,NULL,36,'8944010000000000355','2026-11-19 06:00:00','2026-11-19 08:40:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(979,NULL,36,'8944010000000000355','2026-11-20 07:00:00','2026-11-20 08:48:00',18874368,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(980,NULL,36,'8944010000000000355','2026-11-21 09:00:00','2026-11-21 11:01:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(981,NULL,36,'8944010000000000355','2026-11-22 00:00:00','2026-11-22 00:06:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(982,NULL,36,'8944010000000000355','2026-11-23 01:00:00','2026-11-23 01:54:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(983,NULL,36,'8944010000000000355','2026-11-24 06:00:00','2026-11-24 08:54:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(984,NULL,36,'8944010000000000355','2026-11-25 09:00:00','2026-11-25 11:19:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(985,NULL,36,'8944010000000000355','2026-11-26 09:00:00','2026-11-26 09:16:00',13631488,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(986,NULL,36,'8944010000000000355','2026-11-27 19:00:00','2026-11-27 20:05:00',14680064,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(987,NULL,36,'8944010000000000355','2026-11-28 10:00:00','2026-11-28 12:17:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(988,NULL,36,'8944010000000000355','2026-11-29 10:00:00','2026-11-29 11:44:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(989,NULL,36,'8944010000000000355','2026-11-30 01:00:00','2026-11-30 01:44:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(990,NULL,36,'8944010000000000355','2026-12-01 16:00:00','2026-12-01 17:30:00',15728640,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(991,NULL,37,'8944010000000000363','2026-11-02 12:00:00','2026-11-02 14:40:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(992,NULL,37,'8944010000000000363','2026-11-03 11:00:00','2026-11-03 11:09:00',74448896,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(993,NULL,37,'8944010000000000363','2026-11-04 02:00:00','2026-11-04 03:08:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(994,NULL,37,'8944010000000000363','2026-11-05 13:00:00','2026-11-05 14:40:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(995,NULL,37,'8944010000000000363','2026-11-06 09:00:00','2026-11-06 10:55:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(996,NULL,37,'8944010000000000363','2026-11-07 14:00:00','2026-11-07 14:19:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(997,NULL,37,'8944010000000000363','2026-11-08 17:00:00','2026-11-08 18:31:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(998,NULL,37,'8944010000000000363','2026-11-09 19:00:00','2026-11-09 19:24:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(999,NULL,37,'8944010000000000363','2026-11-10 19:00:00','2026-11-10 21:25:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1000,NULL,37,'8944010000000000363','2026-11-11 09:00:00','2026-11-11 11:17:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1001,NULL,37,'8944010000000000363','2026-11-12 18:00:00','2026-11-12 19:24:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1002,NULL,37,'8944010000000000363','2026-11-13 00:00:00','2026-11-13 02:51:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1003,NULL,37,'8944010000000000363','2026-11-14 10:00:00','2026-11-14 10:19:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1004,NULL,37,'8944010000000000363','2026-11-15 07:00:00','2026-11-15 09:34:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1005,NULL,37,'8944010000000000363','2026-11-16 04:00:00','2026-11-16 04:52:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1006,NULL,37,'8944010000000000363','2026-11-17 08:00:00','2026-11-17 10:27:00',83886080,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1007,NULL,37,'8944010000000000363','2026-11-18 08:00:00','2026-11-18 09:02:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1008,NULL,37,'8944010000000000363','2026-11-19 17:00:00','2026-11-19 17:46:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1009,NULL,37,'8944010000000000363','2026-11-20 07:00:00','2026-11-20 08:56:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1010,NULL,37,'8944010000000000363','2026-11-21 13:00:00','2026-11-21 14:34:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1011,NULL,37,'8944010000000000363','2026-11-22 12:00:00','2026-11-22 13:00:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1012,NULL,37,'8944010000000000363','2026-11-23 09:00:00','2026-11-23 10:18:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1013,NULL,37,'8944010000000000363','2026-11-24 11:00:00','2026-11-24 11:43:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1014,NULL,37,'8944010000000000363','2026-11-25 18:00:00','2026-11-25 19:22:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1015,NULL,37,'8944010000000000363','2026-11-26 06:00:00','2026-11-26 07:01:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1016,NULL,37,'8944010000000000363','2026-11-27 05:00:00','2026-11-27 05:36:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1017,NULL,37,'8944010000000000363','2026-11-28 05:00:00','2026-11-28 07:03:00',71303168,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1018,NULL,37,'8944010000000000363','2026-11-29 04:00:00','2026-11-29 05:36:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1019,NULL,37,'8944010000000000363','2026-11-30 15:00:00','2026-11-30 16:13:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1020,NULL,37,'8944010000000000363','2026-12-01 13:00:00','2026-12-01 15:38:00',2097152,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1021,NULL,38,'8944010000000000371','2026-11-02 14:00:00','2026-11-02 15:05:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1022,NULL,38,'8944010000000000371','2026-11-03 06:00:00','2026-11-03 08:21:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1023,NULL,38,'8944010000000000371','2026-11-04 06:00:00','2026-11-04 08:35:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1024,NULL,38,'8944010000000000371','2026-11-05 05:00:00','2026-11-05 06:32:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1025,NULL,38,'8944010000000000371','2026-11-06 01:00:00','2026-11-06 03:17:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1026,NULL,38,'8944010000000000371','2026-11-07 14:00:00','2026-11-07 16:06:00',104857600,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1027,NULL,38,'8944010000000000371','2026-11-08 03:00:00','2026-11-08 03:14:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1028,NULL,38,'8944010000000000371','2026-11-09 12:00:00','2026-11-09 13:22:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1029,NULL,38,'8944010000000000371','2026-11-10 05:00:00','2026-11-10 07:14:00',36700160,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1030,NULL,38,'8944010000000000371','2026-11-11 18:00:00','2026-11-11 19:58:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1031,NULL,38,'8944010000000000371','2026-11-12 17:00:00','2026-11-12 17:47:00',36700160,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1032,NULL,38,'8944010000000000371','2026-11-13 13:00:00','2026-11-13 13:24:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1033,NULL,38,'8944010000000000371','2026-11-14 17:00:00','2026-11-14 19:55:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1034,NULL,38,'8944010000000000371','2026-11-15 02:00:00','2026-11-15 02:56:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1035,NULL,38,'8944010000000000371','2026-11-16 10:00:00','2026-11-16 11:29:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1036,NULL,38,'8944010000000000371','2026-11-17 17:00:00','2026-11-17 19:10:00',33554432,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1037,NULL,38,'8944010000000000371','2026-11-18 12:00:00','2026-11-18 12:27:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1038,NULL,38,'8944010000000000371','2026-11-19 18:00:00','2026-11-19 18:20:00',34603008,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1039,NULL,38,'8944010000000000371','2026-11-20 14:00:00','2026-11-20 15:31:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1040,NULL,38,'8944010000000000371','2026-11-21 09:00:00','2026-11-21 11:22:00',95420416,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1041,NULL,38,'8944010000000000371','2026-11-22 02:00:00','2026-11-22 04:41:00',82837504,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1042,NULL,38,'8944010000000000371','2026-11-23 06:00:00','2026-11-23 06:18:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1043,NULL,38,'8944010000000000371','2026-11-24 04:00:00','2026-11-24 05:33:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1044,NULL,38,'8944010000000000371','2026-11-25 15:00:00','2026-11-25 17:25:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1045,NULL,38,'8944010000000000371','2026-11-26 12:00:00','2026-11-26 13:56:00',24117248,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1046,NULL,38,'8944010000000000371','2026-11-27 04:00:00','2026-11-27 05:48:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1047,NULL,38,'8944010000000000371','2026-11-28 04:00:00','2026-11-28 06:36:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1048,NULL,38,'8944010000000000371','2026-11-29 16:00:00','2026-11-29 17:24:00',36700160,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1049,NULL,38,'8944010000000000371','2026-11-30 13:00:00','2026-11-30 14:56:00',35651584,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1050,NULL,38,'8944010000000000371','2026-12-01 01:00:00','2026-12-01 02:48:00',111149056,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1051,NULL,39,'8944010000000000389','2026-11-02 11:00:00','2026-11-02 11:46:00',31457280,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1052,NULL,39,'8944010000000000389','2026-11-03 06:00:00','2026-11-03 08:04:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1053,NULL,39,'8944010000000000389','2026-11-04 01:00:00','2026-11-04 01:30:00',29360128,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1054,NULL,39,'8944010000000000389','2026-11-05 17:00:00','2026-11-05 17:11:00',16777216,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1055,NULL,39,'8944010000000000389','2026-11-06 13:00:00','2026-11-06 15:02:00',20971520,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1056,NULL,39,'8944010000000000389','2026-11-07 05:00:00','2026-11-07 07:54:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1057,NULL,39,'8944010000000000389','2026-11-08 16:00:00','2026-11-08 17:43:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1058,NULL,39,'8944010000000000389','2026-11-09 14:00:00','2026-11-09 15:55:00',30408704,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1059,NULL,39,'8944010000000000389','2026-11-10 00:00:00','2026-11-10 01:46:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1060,NULL,39,'8944010000000000389','2026-11-11 18:00:00','2026-11-11 20:09:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1061,NULL,39,'8944010000000000389','2026-11-12 11:00:00','2026-11-12 13:29:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1062,NULL,39,'8944010000000000389','2026-11-13 06:00:00','2026-11-13 07:34:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1063,NULL,39,'8944010000000000389','2026-11-14 00:00:00','2026-11-14 00:40:00',87031808,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1064,NULL,39,'8944010000000000389','2026-11-15 18:00:00','2026-11-15 18:45:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1065,NULL,39,'8944010000000000389','2026-11-16 13:00:00','2026-11-16 13:13:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1066,NULL,39,'8944010000000000389','2026-11-17 14:00:00','2026-11-17 15:56:00',32505856,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1067,NULL,39,'8944010000000000389','2026-11-18 10:00:00','2026-11-18 11:28:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1068,NULL,39,'8944010000000000389','2026-11-19 00:00:00','2026-11-19 01:56:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1069,NULL,39,'8944010000000000389','2026-11-20 19:00:00','2026-11-20 20:36:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1070,NULL,39,'8944010000000000389','2026-11-21 16:00:00','2026-11-21 16:18:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1071,NULL,39,'8944010000000000389','2026-11-22 02:00:00','2026-11-22 04:23:00',25165824,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1072,NULL,39,'8944010000000000389','2026-11-23 07:00:00','2026-11-23 09:28:00',23068672,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1073,NULL,39,'8944010000000000389','2026-11-24 06:00:00','2026-11-24 07:42:00',22020096,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1074,NULL,39,'8944010000000000389','2026-11-25 05:00:00','2026-11-25 05:30:00',27262976,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1075,NULL,39,'8944010000000000389','2026-11-26 12:00:00','2026-11-26 13:24:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1076,NULL,39,'8944010000000000389','2026-11-27 07:00:00','2026-11-27 08:17:00',96468992,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1077,NULL,39,'8944010000000000389','2026-11-28 02:00:00','2026-11-28 03:15:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1078,NULL,39,'8944010000000000389','2026-11-29 14:00:00','2026-11-29 14:58:00',54525952,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1079,NULL,39,'8944010000000000389','2026-11-30 18:00:00','2026-11-30 19:14:00',19922944,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1080,NULL,39,'8944010000000000389','2026-12-01 05:00:00','2026-12-01 07:08:00',17825792,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1081,NULL,40,'8944010000000000397','2026-11-02 13:00:00','2026-11-02 14:05:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1082,NULL,40,'8944010000000000397','2026-11-03 06:00:00','2026-11-03 07:54:00',80740352,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1083,NULL,40,'8944010000000000397','2026-11-04 17:00:00','2026-11-04 17:18:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1084,NULL,40,'8944010000000000397','2026-11-05 09:00:00','2026-11-05 09:44:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1085,NULL,40,'8944010000000000397','2026-11-06 04:00:00','2026-11-06 05:56:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1086,NULL,40,'8944010000000000397','2026-11-07 18:00:00','2026-11-07 20:57:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1087,NULL,40,'8944010000000000397','2026-11-08 14:00:00','2026-11-08 14:45:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1088,NULL,40,'8944010000000000397','2026-11-09 18:00:00','2026-11-09 20:01:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1089,NULL,40,'8944010000000000397','2026-11-10 17:00:00','2026-11-10 19:24:00',44040192,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1090,NULL,40,'8944010000000000397','2026-11-11 18:00:00','2026-11-11 20:25:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1091,NULL,40,'8944010000000000397','2026-11-12 15:00:00','2026-11-12 16:49:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1092,NULL,40,'8944010000000000397','2026-11-13 17:00:00','2026-11-13 17:07:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1093,NULL,40,'8944010000000000397','2026-11-14 00:00:00','2026-11-14 00:55:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1094,NULL,40,'8944010000000000397','2026-11-15 10:00:00','2026-11-15 12:13:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1095,NULL,40,'8944010000000000397','2026-11-16 07:00:00','2026-11-16 07:34:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1096,NULL,40,'8944010000000000397','2026-11-17 13:00:00','2026-11-17 14:01:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1097,NULL,40,'8944010000000000397','2026-11-18 00:00:00','2026-11-18 02:01:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1098,NULL,40,'8944010000000000397','2026-11-19 01:00:00','2026-11-19 03:16:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1099,NULL,40,'8944010000000000397','2026-11-20 00:00:00','2026-11-20 00:08:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1100,NULL,40,'8944010000000000397','2026-11-21 19:00:00','2026-11-21 21:46:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1101,NULL,40,'8944010000000000397','2026-11-22 05:00:00','2026-11-22 07:31:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1102,NULL,40,'8944010000000000397','2026-11-23 16:00:00','2026-11-23 17:57:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1103,NULL,40,'8944010000000000397','2026-11-24 07:00:00','2026-11-24 08:03:00',4194304,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1104,NULL,40,'8944010000000000397','2026-11-25 18:00:00','2026-11-25 18:21:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1105,NULL,40,'8944010000000000397','2026-11-26 00:00:00','2026-11-26 02:04:00',3145728,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1106,NULL,40,'8944010000000000397','2026-11-27 11:00:00','2026-11-27 12:52:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1107,NULL,40,'8944010000000000397','2026-11-28 11:00:00','2026-11-28 13:01:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1108,NULL,40,'8944010000000000397','2026-11-29 11:00:00','2026-11-29 13:54:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1109,NULL,40,'8944010000000000397','2026-11-30 14:00:00','2026-11-30 15:25:00',5242880,'2026-12-01 14:57:04.3386183');
INSERT INTO UsageRecords VALUES(1110,NULL,40,'8944010000000000397','2026-12-01 16:00:00','2026-12-01 18:02:00',3145728,'2026-12-01 14:57:04.3386183');
CREATE TABLE IF NOT EXISTS "Detections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Detections" PRIMARY KEY,
    "PreviousId" INTEGER NULL,
    "DetectionId" TEXT NULL,
    "SimId" INTEGER NOT NULL,
    "Iccid" TEXT NOT NULL,
    "Imei" TEXT NULL,
    "ObservedAt" TEXT NOT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "Result" INTEGER NOT NULL
);
INSERT INTO Detections VALUES(1,NULL,NULL,9,'8944010000000000082','868937046150631','2026-12-01 06:46:04.3386183','2026-12-01 14:57:07.2503185',0);
INSERT INTO Detections VALUES(2,NULL,NULL,33,'8944010000000000322','012346004002252','2026-12-01 11:41:04.3386183','2026-12-01 14:57:07.2503185',0);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('Journal',73);
INSERT INTO sqlite_sequence VALUES('Partners',2);
INSERT INTO sqlite_sequence VALUES('Customers',5);
INSERT INTO sqlite_sequence VALUES('ServiceProfiles',2);
INSERT INTO sqlite_sequence VALUES('Sims',40);
INSERT INTO sqlite_sequence VALUES('ImeiStatusChanges',27);
INSERT INTO sqlite_sequence VALUES('UsageRecords',1110);
INSERT INTO sqlite_sequence VALUES('Alarms',2);
INSERT INTO sqlite_sequence VALUES('AlarmFirings',2);
INSERT INTO sqlite_sequence VALUES('Notifications',2);
INSERT INTO sqlite_sequence VALUES('Orders',2);
INSERT INTO sqlite_sequence VALUES('NotificationDeliveries',4);
CREATE UNIQUE INDEX "IX_AlarmFirings_AlarmId_PeriodKey" ON "AlarmFirings" ("AlarmId", "PeriodKey");
CREATE INDEX "IX_Alarms_CustomerId" ON "Alarms" ("CustomerId");
CREATE INDEX "IX_Alarms_PartnerId_Type_Enabled" ON "Alarms" ("PartnerId", "Type", "Enabled");
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE INDEX "IX_AspNetUsers_CustomerId" ON "AspNetUsers" ("CustomerId");
CREATE INDEX "IX_AspNetUsers_PartnerId" ON "AspNetUsers" ("PartnerId");
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
CREATE UNIQUE INDEX "IX_Customers_PartnerId_Name" ON "Customers" ("PartnerId", "Name");
CREATE INDEX "IX_ImeiStatusChanges_At" ON "ImeiStatusChanges" ("At");
CREATE INDEX "IX_ImeiStatusChanges_SimId_At" ON "ImeiStatusChanges" ("SimId", "At");
CREATE INDEX "IX_Journal_At" ON "Journal" ("At");
CREATE INDEX "IX_Journal_CustomerId_At" ON "Journal" ("CustomerId", "At");
CREATE INDEX "IX_Journal_Entity_EntityId" ON "Journal" ("Entity", "EntityId");
CREATE INDEX "IX_Journal_PartnerId_At" ON "Journal" ("PartnerId", "At");
CREATE INDEX "IX_Journal_UserId_At" ON "Journal" ("UserId", "At");
CREATE INDEX "IX_NotificationDeliveries_Channel_Target_ReadAt" ON "NotificationDeliveries" ("Channel", "Target", "ReadAt");
CREATE INDEX "IX_NotificationDeliveries_NotificationId" ON "NotificationDeliveries" ("NotificationId");
CREATE INDEX "IX_NotificationDeliveries_State_NextAttemptAt" ON "NotificationDeliveries" ("State", "NextAttemptAt");
CREATE INDEX "IX_Notifications_AlarmId_CreatedAt" ON "Notifications" ("AlarmId", "CreatedAt");
CREATE INDEX "IX_Notifications_CustomerId_CreatedAt" ON "Notifications" ("CustomerId", "CreatedAt");
CREATE INDEX "IX_Notifications_Iccid_CreatedAt" ON "Notifications" ("Iccid", "CreatedAt");
CREATE INDEX "IX_Notifications_PartnerId_CreatedAt" ON "Notifications" ("PartnerId", "CreatedAt");
CREATE INDEX "IX_Orders_SimId_CreatedAt" ON "Orders" ("SimId", "CreatedAt");
CREATE INDEX "IX_Orders_State_DueAt" ON "Orders" ("State", "DueAt");
CREATE UNIQUE INDEX "IX_Partners_Name" ON "Partners" ("Name");
CREATE INDEX "IX_ServiceProfiles_CustomerId" ON "ServiceProfiles" ("CustomerId");
CREATE INDEX "IX_Sims_CustomerId_Iccid" ON "Sims" ("CustomerId", "Iccid");
CREATE UNIQUE INDEX "IX_Sims_Iccid" ON "Sims" ("Iccid");
CREATE INDEX "IX_Sims_Imei" ON "Sims" ("Imei");
CREATE INDEX "IX_Sims_ImeiLastSeenAt" ON "Sims" ("ImeiLastSeenAt");
CREATE INDEX "IX_Sims_ImeiStatus_Iccid" ON "Sims" ("ImeiStatus", "Iccid");
CREATE INDEX "IX_Sims_Imsi" ON "Sims" ("Imsi");
CREATE INDEX "IX_Sims_Msisdn" ON "Sims" ("Msisdn");
CREATE INDEX "IX_Sims_PartnerId_Iccid" ON "Sims" ("PartnerId", "Iccid");
CREATE INDEX "IX_Sims_ServiceId" ON "Sims" ("ServiceId");
CREATE INDEX "IX_Sims_Status_Iccid" ON "Sims" ("Status", "Iccid");
CREATE UNIQUE INDEX "IX_UsageRecords_RecordId" ON "UsageRecords" ("RecordId");
CREATE INDEX "IX_UsageRecords_SimId_Start" ON "UsageRecords" ("SimId", "Start");
CREATE INDEX "IX_UsageRecords_Start" ON "UsageRecords" ("Start");
CREATE INDEX "IX_Sims_PartnerId_ImeiStatus_Iccid" ON "Sims" ("PartnerId", "ImeiStatus", "Iccid");
CREATE INDEX "IX_Sims_PartnerId_Status_Iccid" ON "Sims" ("PartnerId", "Status", "Iccid");
CREATE UNIQUE INDEX "IX_Detections_DetectionId" ON "Detections" ("DetectionId");
COMMIT;
