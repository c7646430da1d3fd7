package vn.gov.directive.reporting;

import vn.gov.directive.testsupport.PlatformTablesContract;

class PlatformTablesTests extends PlatformTablesContract {
}
