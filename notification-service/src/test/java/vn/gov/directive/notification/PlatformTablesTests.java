package vn.gov.directive.notification;

import vn.gov.directive.testsupport.PlatformTablesContract;

class PlatformTablesTests extends PlatformTablesContract {
}
